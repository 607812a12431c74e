package org.pondok.web.staff;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.pondok.catalog.Catalog;
import org.pondok.staff.StaffAccountException;
import org.pondok.staff.StaffManagement;
import org.pondok.staff.StaffTokens;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The member's own account: their password, and their personal API tokens. A new token is
 * shown in the answer to the request that made it, never again, and is never kept in the
 * session.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class AccountPageController {

	private static final List<Integer> LIFETIMES = List.of(7, 30, 90, 365);

	private final StaffManagement staff;

	private final StaffTokens tokens;

	private final AccountErrors errors;

	private final Catalog catalog;

	AccountPageController(StaffManagement staff, StaffTokens tokens, AccountErrors errors, Catalog catalog) {
		this.staff = staff;
		this.tokens = tokens;
		this.errors = errors;
		this.catalog = catalog;
	}

	@GetMapping("/staff/account")
	String show(Principal principal, Model model) {
		return page(principal, model, Map.of());
	}

	@PostMapping("/staff/account/password")
	String changePassword(Principal principal, @RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String repeatPassword,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.staff.changePassword(principal.getName(), currentPassword, newPassword, repeatPassword);
		}
		catch (StaffAccountException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(principal, model, this.errors.of(ex, locale));
		}
		redirect.addFlashAttribute("flash", this.errors.text("account.passwordChanged", locale));
		return "redirect:/staff/account";
	}

	@PostMapping("/staff/account/tokens")
	String createToken(Principal principal, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "0") String days, Model model, Locale locale, HttpServletResponse response) {
		int lifetime;
		try {
			lifetime = Integer.parseInt(days.trim());
		}
		catch (NumberFormatException ex) {
			lifetime = 0;
		}
		StaffTokens.Token token;
		try {
			token = this.tokens.issuePersonalToken(principal.getName(), name, lifetime);
		}
		catch (StaffAccountException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("tokenName", name);
			return page(principal, model, this.errors.of(ex, locale));
		}
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("newToken", token.token());
		model.addAttribute("newTokenExpires", token.expiresAt().atZone(this.catalog.zone()));
		return page(principal, model, Map.of());
	}

	@PostMapping("/staff/account/tokens/{id}/revoke")
	String revokeToken(Principal principal, @PathVariable long id, Locale locale, RedirectAttributes redirect) {
		if (this.tokens.revokePersonalToken(principal.getName(), id)) {
			redirect.addFlashAttribute("flash", this.errors.text("account.tokenRevoked", locale));
		}
		return "redirect:/staff/account";
	}

	private String page(Principal principal, Model model, Map<String, String> errors) {
		model.addAttribute("member", this.staff.member(principal.getName()).orElse(null));
		model.addAttribute("tokens", this.tokens.personalTokens(principal.getName()));
		model.addAttribute("lifetimes", LIFETIMES);
		model.addAttribute("zone", this.catalog.zone());
		model.addAttribute("errors", errors);
		return "staff/account";
	}

}
