-- What a published feed last served, so Last-Modified moves forward when a hold disappears too.
ALTER TABLE calendar_subscriptions ADD COLUMN content_etag VARCHAR(100);
ALTER TABLE calendar_subscriptions ADD COLUMN content_changed_at ${timestamp};
-- When an imported block's nights last changed: the DTSTAMP of its exported event.
ALTER TABLE channel_blocks ADD COLUMN changed_at ${timestamp};
-- The blocked nights of a feed held by the mass-drop guard; the same answer again applies it.
ALTER TABLE platform_integrations ADD COLUMN held_fingerprint VARCHAR(64);
