package org.pondok.web.staff;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff login form; Spring Security handles the POST.
 */
@Controller
class LoginPageController {

	@GetMapping("/staff/login")
	String login() {
		return "staff/login";
	}

}
