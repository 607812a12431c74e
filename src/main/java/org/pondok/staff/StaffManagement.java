package org.pondok.staff;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts: creating them and reading them.
 */
@Service
public class StaffManagement {

	private final StaffMembers members;

	private final Passwords passwords;

	private final Clock clock;

	StaffManagement(StaffMembers members, Passwords passwords, Clock clock) {
		this.members = members;
		this.passwords = passwords;
		this.clock = clock;
	}

	/**
	 * @throws StaffAccountException when the e-mail is taken or invalid, or the password
	 * too weak
	 */
	@Transactional
	public StaffView createMember(NewStaffMember member) {
		String email = member.email().trim().toLowerCase(Locale.ROOT);
		if (!email.matches("[^@\\s]+@[^@\\s]+") || email.length() > 255) {
			throw new StaffAccountException("email", "'" + member.email() + "' is not an e-mail address");
		}
		if (member.name().isBlank()) {
			throw new StaffAccountException("name", "A name is required");
		}
		if (this.members.findByEmail(email).isPresent()) {
			throw new StaffAccountException("email", "There is already a staff account for " + email);
		}
		String hash = this.passwords.hash(member.rawPassword(), email);
		return this.members
			.save(StaffMember.create(email, member.name().trim(), member.jobTitle(), member.role(), hash,
					this.clock.instant()))
			.view();
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
	public boolean hasMembers() {
		return this.members.count() > 0;
	}

}
