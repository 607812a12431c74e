package org.pondok.staff;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a staff e-mail and password (HTTP Basic and the login form alike): a locked or
 * inactive account is refused, failures are counted, and an unknown e-mail costs the same
 * bcrypt time as a known one, so the answer tells nothing about which e-mails exist. Each
 * failure is followed by a pause that grows with the failures so far. The principal's
 * name is the e-mail.
 */
@Component
class StaffAuthentication implements AuthenticationProvider {

	private final StaffMembers members;

	private final Passwords passwords;

	private final LoginAttempts attempts;

	private final Clock clock;

	private final ProtectionProperties protection;

	private final String decoyHash;

	StaffAuthentication(StaffMembers members, Passwords passwords, LoginAttempts attempts, Clock clock,
			ProtectionProperties protection) {
		this.members = members;
		this.passwords = passwords;
		this.attempts = attempts;
		this.clock = clock;
		this.protection = protection;
		this.decoyHash = passwords.encoder().encode("decoy-password-never-valid");
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String email = String.valueOf(authentication.getName()).trim().toLowerCase(Locale.ROOT);
		String password = String.valueOf(authentication.getCredentials());
		Optional<StaffMember> found = this.members.findByEmail(email);
		if (found.isEmpty() || !found.get().isActive()) {
			this.passwords.matches(password, this.decoyHash);
			throw new BadCredentialsException("Wrong e-mail or password");
		}
		StaffMember member = found.get();
		if (member.isLocked(this.clock.instant())) {
			throw new LockedException("Too many failed logins: this account is locked for a while");
		}
		if (!this.passwords.matches(password, member.passwordHash())) {
			LoginAttempts.Failure failure = this.attempts.failed(member.id(), email, address(authentication));
			pause(this.protection.failedLoginPause(failure.failuresSoFar()));
			throw failure.locked() ? new LockedException("Too many failed logins: this account is locked for a while")
					: new BadCredentialsException("Wrong e-mail or password");
		}
		this.attempts.succeeded(member.id());
		UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(email, null,
				authorities(member.role()));
		result.setDetails(authentication.getDetails());
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/**
	 * Slows down guessing: the failure is already committed, so the pause holds no
	 * transaction or connection (and costs a virtual thread nothing).
	 */
	private static void pause(Duration pause) {
		if (pause.isZero()) {
			return;
		}
		try {
			Thread.sleep(pause.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static List<GrantedAuthority> authorities(Role role) {
		return AuthorityUtils.createAuthorityList(role.authorities());
	}

	private static String address(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? String.valueOf(details.getRemoteAddress()) : "unknown";
	}

}
