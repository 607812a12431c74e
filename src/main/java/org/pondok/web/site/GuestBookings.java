package org.pondok.web.site;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The bookings this browser may see: those it made, and those it found by reference and
 * e-mail. Kept in the guest's session, so a reference alone shows nothing.
 */
final class GuestBookings {

	private static final String ATTRIBUTE = "pondok.guest.bookings";

	private static final int MAX = 20;

	private GuestBookings() {
	}

	static void allow(HttpServletRequest request, String reference) {
		HttpSession session = request.getSession(true);
		Set<String> allowed = new LinkedHashSet<>(current(session));
		allowed.add(reference);
		while (allowed.size() > MAX) {
			allowed.remove(allowed.iterator().next());
		}
		// set again, so the session store writes the change
		session.setAttribute(ATTRIBUTE, allowed);
	}

	static boolean allowed(HttpServletRequest request, String reference) {
		HttpSession session = request.getSession(false);
		return session != null && current(session).contains(reference);
	}

	@SuppressWarnings("unchecked")
	private static Set<String> current(HttpSession session) {
		Object value = session.getAttribute(ATTRIBUTE);
		return (value instanceof Set<?> set) ? (Set<String>) set : Set.of();
	}

}
