package org.pondok.staff;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A staff account. It is created active with a hashed password. An administrator may
 * change its name, job title and role, deactivate and reactivate it, unlock it, or give
 * it a temporary password that the member must replace at the next login; the member may
 * change their own password. Failed logins are counted (and the account locked for a
 * while) by {@link LoginAttempts}, outside the aggregate, so that concurrent attempts
 * count exactly.
 */
@Table("admin_users")
class StaffMember {

	@Id
	private @Nullable Long id;

	private String email;

	private String name;

	private @Nullable String jobTitle;

	private String role;

	private String passwordHash;

	private boolean active;

	private String language;

	private int failedLogins;

	private @Nullable Instant lockedUntil;

	private @Nullable Instant lastLoginAt;

	private @Nullable Instant passwordChangedAt;

	private boolean mustChangePassword;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private int version;

	@PersistenceCreator
	StaffMember(@Nullable Long id, String email, String name, @Nullable String jobTitle, String role,
			String passwordHash, boolean active, String language, int failedLogins, @Nullable Instant lockedUntil,
			@Nullable Instant lastLoginAt, @Nullable Instant passwordChangedAt, boolean mustChangePassword,
			Instant createdAt, Instant updatedAt, int version) {
		this.id = id;
		this.email = email;
		this.name = name;
		this.jobTitle = jobTitle;
		this.role = role;
		this.passwordHash = passwordHash;
		this.active = active;
		this.language = language;
		this.failedLogins = failedLogins;
		this.lockedUntil = lockedUntil;
		this.lastLoginAt = lastLoginAt;
		this.passwordChangedAt = passwordChangedAt;
		this.mustChangePassword = mustChangePassword;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	static StaffMember create(String email, String name, @Nullable String jobTitle, Role role, String passwordHash,
			Instant now) {
		return new StaffMember(null, email, name, jobTitle, role.code(), passwordHash, true, "en", 0, null, null, now,
				false, now, now, 0);
	}

	void changeDetails(String name, @Nullable String jobTitle, Instant now) {
		this.name = name;
		this.jobTitle = jobTitle;
		this.updatedAt = now;
	}

	void changeRole(Role role, Instant now) {
		this.role = role.code();
		this.updatedAt = now;
	}

	void deactivate(Instant now) {
		this.active = false;
		this.updatedAt = now;
	}

	void reactivate(Instant now) {
		this.active = true;
		this.updatedAt = now;
	}

	void unlock(Instant now) {
		this.lockedUntil = null;
		this.failedLogins = 0;
		this.updatedAt = now;
	}

	/**
	 * A new password hash; {@code temporary} when an administrator set it, so the member
	 * is asked to choose their own at the next login.
	 */
	void changePassword(String passwordHash, boolean temporary, Instant now) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = temporary;
		this.passwordChangedAt = now;
		this.updatedAt = now;
	}

	boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	String name() {
		return this.name;
	}

	@Nullable String jobTitle() {
		return this.jobTitle;
	}

	String email() {
		return this.email;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	Role role() {
		return Role.ofCode(this.role);
	}

	boolean isActive() {
		return this.active;
	}

	boolean isLocked(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	long id() {
		if (this.id == null) {
			throw new IllegalStateException("Not saved yet");
		}
		return this.id;
	}

	StaffView view() {
		return new StaffView(id(), this.email, this.name, this.jobTitle, role(), this.active, this.lastLoginAt,
				this.lockedUntil, this.mustChangePassword);
	}

}
