package org.pondok.web.site;

import java.time.LocalDate;

import org.pondok.booking.BookingView;
import org.pondok.catalog.Catalog;
import org.pondok.system.SystemSettings;

import org.springframework.stereotype.Component;

/**
 * Paying by bank transfer, as the settings under {@code payment.*} describe it: whether
 * it is offered, the account to pay into, and the day the transfer is due (a few days
 * after booking, never after arrival). Finance marks the booking paid once the money is
 * in; until then it stays pending.
 */
@Component
class BankTransfer {

	static final int DEFAULT_DUE_DAYS = 3;

	private final SystemSettings settings;

	private final Catalog catalog;

	BankTransfer(SystemSettings settings, Catalog catalog) {
		this.settings = settings;
		this.catalog = catalog;
	}

	boolean offered() {
		return this.settings.flag("payment.bank_transfer_enabled");
	}

	Account details() {
		return new Account(this.settings.text("payment.bank_name", ""),
				this.settings.text("payment.bank_account_name", ""),
				this.settings.text("payment.bank_account_number", ""), this.settings.text("payment.bank_swift", ""));
	}

	LocalDate dueDate(LocalDate bookedOn, LocalDate checkIn) {
		int days = Math.max(0, this.settings.integer("payment.bank_transfer_due_days", DEFAULT_DUE_DAYS));
		LocalDate due = bookedOn.plusDays(days);
		return due.isAfter(checkIn) ? (bookedOn.isAfter(checkIn) ? bookedOn : checkIn) : due;
	}

	LocalDate dueDate(BookingView booking) {
		return dueDate(LocalDate.ofInstant(booking.createdAt(), this.catalog.zone()), booking.stay().checkIn());
	}

	/**
	 * The account a transfer goes to.
	 */
	record Account(String bank, String accountName, String accountNumber, String swift) {
	}

}
