package org.pondok.web.staff;

import java.time.LocalDate;
import java.util.Map;

import org.pondok.channel.ChannelConflicts;
import org.pondok.channel.SyncStatistics;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The front desk's day: arrivals to check in, departures to check out, who is in house,
 * occupancy for the month ahead and payments still to come; above them, feeds that are
 * stale or failing and conflicts still open.
 */
@Controller
class DashboardPageController {

	private final FrontDesk desk;

	private final SyncStatistics statistics;

	private final ChannelConflicts conflicts;

	DashboardPageController(FrontDesk desk, SyncStatistics statistics, ChannelConflicts conflicts) {
		this.desk = desk;
		this.statistics = statistics;
		this.conflicts = conflicts;
	}

	@GetMapping("/staff")
	@PreAuthorize("isAuthenticated()")
	String dashboard(Model model) {
		LocalDate today = this.desk.today();
		Map<Long, UnitLabel> units = this.desk.units();
		model.addAttribute("today", today);
		model.addAttribute("day", this.desk.day(today));
		model.addAttribute("occupancy", this.desk.occupancy(today, units.size()));
		model.addAttribute("paymentsDue", this.desk.paymentsDue(today));
		model.addAttribute("units", units);
		model.addAttribute("feedAlerts",
				this.statistics.all().stream().filter((feed) -> feed.stale() || feed.failing()).toList());
		model.addAttribute("openConflicts", this.conflicts.openCount());
		return "staff/desk/dashboard";
	}

}
