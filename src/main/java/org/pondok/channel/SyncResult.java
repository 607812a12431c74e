package org.pondok.channel;

import org.jspecify.annotations.Nullable;

/**
 * What one import did.
 *
 * @param status {@code success} or {@code failed} ({@code held} when the mass-drop guard
 * kept the feed's removals back)
 * @param result as recorded: success, failed, not_modified or held
 */
public record SyncResult(String status, String result, int added, int changed, int removed, int conflicts,
		@Nullable String error) {
}
