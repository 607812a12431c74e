package org.pondok.web.staff;

import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.pondok.catalog.Catalog;
import org.pondok.staff.Role;
import org.pondok.staff.StaffAccountException;
import org.pondok.staff.StaffChanges;
import org.pondok.staff.StaffManagement;
import org.pondok.staff.StaffView;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff accounts, for administrators: the list, new accounts (with a temporary password
 * shown once), and each account's name, job title, role and state. A temporary password
 * appears only in the answer to the request that made it.
 */
@Controller
@PreAuthorize("hasAuthority('staff.manage')")
class StaffAccountsPageController {

	private final StaffManagement staff;

	private final AccountErrors errors;

	private final Catalog catalog;

	private final Clock clock;

	StaffAccountsPageController(StaffManagement staff, AccountErrors errors, Catalog catalog, Clock clock) {
		this.staff = staff;
		this.errors = errors;
		this.catalog = catalog;
		this.clock = clock;
	}

	@GetMapping("/staff/accounts")
	String list(Model model) {
		return listPage(model, new AccountForm("", "", "", Role.STAFF.code()), Map.of());
	}

	@PostMapping("/staff/accounts")
	String create(Principal principal, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String jobTitle,
			@RequestParam(defaultValue = "") String role, Model model, Locale locale, HttpServletResponse response) {
		AccountForm form = new AccountForm(email, name, jobTitle, role);
		Role chosen = role(role);
		if (chosen == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return listPage(model, form, Map.of("role", this.errors.text("admin.error.role", locale)));
		}
		StaffManagement.Invitation invitation;
		try {
			invitation = this.staff.invite(email, name, jobTitle, chosen, principal.getName());
		}
		catch (StaffAccountException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return listPage(model, form, this.errors.of(ex, locale));
		}
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("temporaryPassword", invitation.password().password());
		model.addAttribute("flash", this.errors.text("accounts.created", locale, invitation.member().email()));
		return memberPage(model, invitation.member(), principal, Map.of());
	}

	@GetMapping("/staff/accounts/{id}")
	String show(@PathVariable long id, Principal principal, Model model) {
		return memberPage(model, member(id), principal, Map.of());
	}

	@PostMapping("/staff/accounts/{id}")
	String change(@PathVariable long id, Principal principal, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String jobTitle, @RequestParam(defaultValue = "") String role, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		StaffView member = member(id);
		Role chosen = role(role);
		if (chosen == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return memberPage(model, member, principal, Map.of("role", this.errors.text("admin.error.role", locale)));
		}
		try {
			this.staff.change(id, new StaffChanges(name, jobTitle, chosen), principal.getName());
		}
		catch (StaffAccountException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("form", new AccountForm(member.email(), name, jobTitle, role));
			return memberPage(model, member, principal, this.errors.of(ex, locale));
		}
		redirect.addFlashAttribute("flash", this.errors.text("staff.saved", locale));
		return "redirect:/staff/accounts/" + id;
	}

	@PostMapping("/staff/accounts/{id}/deactivate")
	String deactivate(@PathVariable long id, Principal principal, Locale locale, RedirectAttributes redirect) {
		return act(id, redirect, locale, "accounts.deactivated", () -> this.staff.deactivate(id, principal.getName()));
	}

	@PostMapping("/staff/accounts/{id}/reactivate")
	String reactivate(@PathVariable long id, Principal principal, Locale locale, RedirectAttributes redirect) {
		return act(id, redirect, locale, "accounts.reactivated", () -> this.staff.reactivate(id, principal.getName()));
	}

	@PostMapping("/staff/accounts/{id}/unlock")
	String unlock(@PathVariable long id, Principal principal, Locale locale, RedirectAttributes redirect) {
		return act(id, redirect, locale, "accounts.unlocked", () -> this.staff.unlock(id, principal.getName()));
	}

	@PostMapping("/staff/accounts/{id}/reset-password")
	String resetPassword(@PathVariable long id, Principal principal, Model model, Locale locale,
			HttpServletResponse response) {
		member(id);
		StaffManagement.TemporaryPassword password = this.staff.resetPassword(id, principal.getName());
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("temporaryPassword", password.password());
		return memberPage(model, member(id), principal, Map.of());
	}

	private String act(long id, RedirectAttributes redirect, Locale locale, String done, Runnable action) {
		member(id);
		try {
			action.run();
			redirect.addFlashAttribute("flash", this.errors.text(done, locale));
		}
		catch (StaffAccountException ex) {
			redirect.addFlashAttribute("flashError", this.errors.of(ex, locale).values().iterator().next());
		}
		return "redirect:/staff/accounts/" + id;
	}

	private String listPage(Model model, AccountForm form, Map<String, String> errors) {
		List<StaffView> members = this.staff.members();
		model.addAttribute("members", members);
		model.addAttribute("form", form);
		model.addAttribute("roles", Role.values());
		model.addAttribute("errors", errors);
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("zone", this.catalog.zone());
		return "staff/accounts";
	}

	private String memberPage(Model model, StaffView member, Principal principal, Map<String, String> errors) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new AccountForm(member.email(), member.name(),
					(member.jobTitle() != null) ? member.jobTitle() : "", member.role().code()));
		}
		model.addAttribute("member", member);
		model.addAttribute("self", member.email().equals(principal.getName()));
		model.addAttribute("locked", member.lockedAt(this.clock.instant()));
		model.addAttribute("roles", Role.values());
		model.addAttribute("errors", errors);
		model.addAttribute("zone", this.catalog.zone());
		return "staff/account-edit";
	}

	private StaffView member(long id) {
		return this.staff.member(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static @Nullable Role role(String code) {
		for (Role role : Role.values()) {
			if (role.code().equals(code)) {
				return role;
			}
		}
		return null;
	}

	/**
	 * What the account form shows, as typed.
	 */
	record AccountForm(String email, String name, String jobTitle, String role) {
	}

}
