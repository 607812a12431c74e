package org.pondok.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.pondok.system.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts: creating, reading and changing them, and passwords. Every change is
 * written to the audit trail in its transaction. An administrator cannot deactivate or
 * demote themself, and the last active administrator cannot be removed.
 */
@Service
public class StaffManagement {

	private static final int MAX_NAME = 255;

	private static final int MAX_JOB_TITLE = 100;

	private final StaffMembers members;

	private final Passwords passwords;

	private final Clock clock;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	StaffManagement(StaffMembers members, Passwords passwords, Clock clock, AuditTrail audit, JdbcClient jdbc) {
		this.members = members;
		this.passwords = passwords;
		this.clock = clock;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	/**
	 * Creates an account on the system's behalf (the first administrator, the demo).
	 * @throws StaffAccountException when the e-mail is taken or invalid, or the password
	 * too weak
	 */
	@Transactional
	public StaffView createMember(NewStaffMember member) {
		return createMember(member, "system");
	}

	/**
	 * @throws StaffAccountException when the e-mail is taken or invalid, the name
	 * missing, or the password too weak
	 */
	@Transactional
	public StaffView createMember(NewStaffMember member, String actor) {
		String email = member.email().trim().toLowerCase(Locale.ROOT);
		if (!email.matches("[^@\\s]+@[^@\\s]+") || email.length() > 255) {
			throw new StaffAccountException("email", "email.invalid",
					"'" + member.email() + "' is not an e-mail address");
		}
		String name = name(member.name());
		String jobTitle = jobTitle(member.jobTitle());
		if (this.members.findByEmail(email).isPresent()) {
			throw new StaffAccountException("email", "email.taken", "There is already a staff account for " + email);
		}
		String hash = this.passwords.hash(member.rawPassword(), email);
		StaffView created = this.members
			.save(StaffMember.create(email, name, jobTitle, member.role(), hash, this.clock.instant()))
			.view();
		this.audit.record(actor, "staff.created", "staff", String.valueOf(created.id()),
				email + " as " + member.role().code());
		return created;
	}

	/**
	 * Creates an account with a generated temporary password, shown once to the
	 * administrator; the member must choose their own at the first login.
	 * @throws StaffAccountException when the e-mail is taken or invalid or the name
	 * missing
	 */
	@Transactional
	public Invitation invite(String email, String name, @Nullable String jobTitle, Role role, String actor) {
		String password = this.passwords.generate();
		StaffView created = createMember(new NewStaffMember(email, name, jobTitle, role, password), actor);
		StaffMember member = find(created.id());
		member.changePassword(member.passwordHash(), true, this.clock.instant());
		return new Invitation(this.members.save(member).view(), new TemporaryPassword(password));
	}

	@Transactional(readOnly = true)
	public List<StaffView> members() {
		return this.members.findAllByOrderByIdAsc().stream().map(StaffMember::view).toList();
	}

	@Transactional(readOnly = true)
	public Optional<StaffView> member(String email) {
		return this.members.findByEmail(email.trim().toLowerCase(Locale.ROOT)).map(StaffMember::view);
	}

	@Transactional(readOnly = true)
	public Optional<StaffView> member(long id) {
		return this.members.findById(id).map(StaffMember::view);
	}

	@Transactional(readOnly = true)
	public boolean hasMembers() {
		return this.members.count() > 0;
	}

	/**
	 * Changes the name, job title and role of an account.
	 * @throws StaffAccountException for a missing name, a demotion of oneself or of the
	 * last active administrator, or an unknown account
	 */
	@Transactional
	public StaffView change(long id, StaffChanges changes, String actor) {
		StaffMember member = find(id);
		String name = name(changes.name());
		String jobTitle = jobTitle(changes.jobTitle());
		Instant now = this.clock.instant();
		if (!name.equals(member.name()) || !Objects.equals(jobTitle, member.jobTitle())) {
			member.changeDetails(name, jobTitle, now);
			this.audit.record(actor, "staff.updated", "staff", String.valueOf(id), "name and job title");
		}
		if (changes.role() != member.role()) {
			if (member.role() == Role.ADMIN) {
				keepAnAdministrator(member, actor, "role");
			}
			this.audit.record(actor, "staff.role_changed", "staff", String.valueOf(id),
					member.role().code() + " to " + changes.role().code());
			member.changeRole(changes.role(), now);
			endSessions(member.email());
		}
		return this.members.save(member).view();
	}

	/**
	 * Ends an account's access: it can no longer log in and its tokens stop working.
	 * @throws StaffAccountException for oneself, the last active administrator, or an
	 * unknown account
	 */
	@Transactional
	public StaffView deactivate(long id, String actor) {
		StaffMember member = find(id);
		if (!member.isActive()) {
			return member.view();
		}
		if (member.role() == Role.ADMIN) {
			keepAnAdministrator(member, actor, "active");
		}
		else if (member.email().equals(actor)) {
			throw new StaffAccountException("active", "self.deactivate", "You cannot deactivate your own account");
		}
		member.deactivate(this.clock.instant());
		endSessions(member.email());
		this.audit.record(actor, "staff.deactivated", "staff", String.valueOf(id), member.email());
		return this.members.save(member).view();
	}

	@Transactional
	public StaffView reactivate(long id, String actor) {
		StaffMember member = find(id);
		if (member.isActive()) {
			return member.view();
		}
		member.reactivate(this.clock.instant());
		this.audit.record(actor, "staff.reactivated", "staff", String.valueOf(id), member.email());
		return this.members.save(member).view();
	}

	/**
	 * Lifts a lock-out after failed logins at once.
	 */
	@Transactional
	public StaffView unlock(long id, String actor) {
		StaffMember member = find(id);
		member.unlock(this.clock.instant());
		this.audit.record(actor, "staff.unlocked", "staff", String.valueOf(id), member.email());
		return this.members.save(member).view();
	}

	/**
	 * Gives an account a generated temporary password, to be shown once to the
	 * administrator; the member must choose their own at the next login.
	 */
	@Transactional
	public TemporaryPassword resetPassword(long id, String actor) {
		StaffMember member = find(id);
		String password = this.passwords.generate();
		member.changePassword(this.passwords.hash(password, member.email()), true, this.clock.instant());
		member.unlock(this.clock.instant());
		this.members.save(member);
		endSessions(member.email());
		this.audit.record(actor, "staff.password_reset", "staff", String.valueOf(id), member.email());
		return new TemporaryPassword(password);
	}

	/**
	 * The member changes their own password.
	 * @throws StaffAccountException naming {@code currentPassword} when the current one
	 * is wrong, {@code repeatPassword} when the two new ones differ, {@code newPassword}
	 * when the new one fails the policy or equals the current one
	 */
	@Transactional
	public void changePassword(String email, String currentPassword, String newPassword, String repeatPassword) {
		StaffMember member = this.members.findByEmail(email.trim().toLowerCase(Locale.ROOT))
			.filter(StaffMember::isActive)
			.orElseThrow(() -> new StaffAccountException("currentPassword", "account.unknown",
					"There is no such active account"));
		if (!this.passwords.matches(currentPassword, member.passwordHash())) {
			throw new StaffAccountException("currentPassword", "currentPassword.wrong",
					"The current password is wrong");
		}
		if (!newPassword.equals(repeatPassword)) {
			throw new StaffAccountException("repeatPassword", "repeatPassword.differs", "The two new passwords differ");
		}
		if (newPassword.equals(currentPassword)) {
			throw new StaffAccountException("newPassword", "newPassword.same",
					"The new password must differ from the current one");
		}
		member.changePassword(this.passwords.hash(newPassword, member.email(), "newPassword"), false,
				this.clock.instant());
		this.members.save(member);
		this.audit.record(member.email(), "staff.password_changed", "staff", String.valueOf(member.id()), null);
	}

	/**
	 * Whether the member still has a temporary password to replace.
	 */
	@Transactional(readOnly = true)
	public boolean mustChangePassword(String email) {
		return this.members.findByEmail(email.trim().toLowerCase(Locale.ROOT))
			.map(StaffMember::mustChangePassword)
			.orElse(false);
	}

	/**
	 * Logs the member out everywhere, so a new role or a lost access counts at once
	 * rather than at their next login.
	 */
	private void endSessions(String email) {
		this.jdbc.sql("DELETE FROM SPRING_SESSION WHERE PRINCIPAL_NAME = :email").param("email", email).update();
	}

	private StaffMember find(long id) {
		return this.members.findById(id)
			.orElseThrow(() -> new StaffAccountException("id", "account.unknown", "There is no staff account " + id));
	}

	/**
	 * Refuses to take an administrator's rights from themself or from the last active
	 * administrator; the active administrators' rows stay locked until the transaction
	 * ends, so two administrators removing each other cannot both succeed.
	 */
	private void keepAnAdministrator(StaffMember member, String actor, String field) {
		if (member.email().equals(actor)) {
			throw new StaffAccountException(field, "self.demote", "You cannot remove your own administrator rights");
		}
		List<Long> admins = this.jdbc
			.sql("SELECT id FROM admin_users WHERE role = 'admin' AND active = TRUE ORDER BY id FOR UPDATE")
			.query(Long.class)
			.list();
		if (member.isActive() && admins.size() <= 1) {
			throw new StaffAccountException(field, "lastAdmin", "The last active administrator cannot be removed");
		}
	}

	private static String name(String name) {
		String trimmed = name.trim();
		if (trimmed.isEmpty()) {
			throw new StaffAccountException("name", "name.required", "A name is required");
		}
		if (trimmed.length() > MAX_NAME) {
			throw new StaffAccountException("name", "name.tooLong", "A name has at most " + MAX_NAME + " characters",
					MAX_NAME);
		}
		return trimmed;
	}

	private static @Nullable String jobTitle(@Nullable String jobTitle) {
		if (jobTitle == null || jobTitle.isBlank()) {
			return null;
		}
		String trimmed = jobTitle.trim();
		if (trimmed.length() > MAX_JOB_TITLE) {
			throw new StaffAccountException("jobTitle", "jobTitle.tooLong",
					"A job title has at most " + MAX_JOB_TITLE + " characters", MAX_JOB_TITLE);
		}
		return trimmed;
	}

	/**
	 * A new account and its temporary password.
	 */
	public record Invitation(StaffView member, TemporaryPassword password) {
	}

	/**
	 * A generated password in clear, for the administrator to pass on this once.
	 */
	public record TemporaryPassword(String password) {

		@Override
		public String toString() {
			return "TemporaryPassword[hidden]";
		}

	}

}
