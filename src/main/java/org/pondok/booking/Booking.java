package org.pondok.booking;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.Money;
import org.pondok.shared.StayPeriod;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A guest's stay in one unit of a room type, with the price it was made at.
 * <p>
 * Life cycle: it is placed {@code pending} once its nights are claimed, becomes
 * {@code confirmed} when paid or accepted by staff, {@code checked_in} on arrival and
 * {@code checked_out} on departure; a pending or confirmed booking may be
 * {@code cancelled}, and a confirmed one that never arrives is a {@code no_show}. Every
 * move is kept in its history with who made it and when; an illegal move throws
 * {@link IllegalTransitionException}. The price is computed once, when it is placed.
 */
@Table("bookings")
class Booking {

	@Id
	private @Nullable Long id;

	private String reference;

	private String roomCode;

	private long unitId;

	private LocalDate checkIn;

	private LocalDate checkOut;

	private int nights;

	private int adults;

	private int children;

	private String guestFirstName;

	private String guestLastName;

	private String guestEmail;

	private @Nullable String guestPhone;

	private @Nullable String guestCountry;

	private String guestLanguage;

	private @Nullable String packageCode;

	private @Nullable String specialRequests;

	private String source;

	private @Nullable String channelReference;

	private String currency;

	private BigDecimal exchangeRate;

	private BigDecimal roomsAmount;

	private BigDecimal packageAmount;

	private BigDecimal taxAmount;

	private BigDecimal serviceChargeAmount;

	private BigDecimal totalAmount;

	private BigDecimal depositAmount;

	private @Nullable LocalDate balanceDueDate;

	private BigDecimal paidAmount;

	private @Nullable BigDecimal refundDueAmount;

	private @Nullable String paymentMethod;

	private String paymentStatus;

	private String status;

	private @Nullable String cancellationReason;

	private @Nullable String manageTokenHash;

	private @Nullable String createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private int version;

	@MappedCollection(idColumn = "booking_id")
	private Set<BookingNight> nightlyRates;

	@MappedCollection(idColumn = "booking_id")
	private Set<StatusChange> history;

	@PersistenceCreator
	Booking(@Nullable Long id, String reference, String roomCode, long unitId, LocalDate checkIn, LocalDate checkOut,
			int nights, int adults, int children, String guestFirstName, String guestLastName, String guestEmail,
			@Nullable String guestPhone, @Nullable String guestCountry, String guestLanguage,
			@Nullable String packageCode, @Nullable String specialRequests, String source,
			@Nullable String channelReference, String currency, BigDecimal exchangeRate, BigDecimal roomsAmount,
			BigDecimal packageAmount, BigDecimal taxAmount, BigDecimal serviceChargeAmount, BigDecimal totalAmount,
			BigDecimal depositAmount, @Nullable LocalDate balanceDueDate, BigDecimal paidAmount,
			@Nullable BigDecimal refundDueAmount, @Nullable String paymentMethod, String paymentStatus, String status,
			@Nullable String cancellationReason, @Nullable String manageTokenHash, @Nullable String createdBy,
			Instant createdAt, Instant updatedAt, int version, Set<BookingNight> nightlyRates,
			Set<StatusChange> history) {
		this.id = id;
		this.reference = reference;
		this.roomCode = roomCode;
		this.unitId = unitId;
		this.checkIn = checkIn;
		this.checkOut = checkOut;
		this.nights = nights;
		this.adults = adults;
		this.children = children;
		this.guestFirstName = guestFirstName;
		this.guestLastName = guestLastName;
		this.guestEmail = guestEmail;
		this.guestPhone = guestPhone;
		this.guestCountry = guestCountry;
		this.guestLanguage = guestLanguage;
		this.packageCode = packageCode;
		this.specialRequests = specialRequests;
		this.source = source;
		this.channelReference = channelReference;
		this.currency = currency;
		this.exchangeRate = exchangeRate;
		this.roomsAmount = roomsAmount;
		this.packageAmount = packageAmount;
		this.taxAmount = taxAmount;
		this.serviceChargeAmount = serviceChargeAmount;
		this.totalAmount = totalAmount;
		this.depositAmount = depositAmount;
		this.balanceDueDate = balanceDueDate;
		this.paidAmount = paidAmount;
		this.refundDueAmount = refundDueAmount;
		this.paymentMethod = paymentMethod;
		this.paymentStatus = paymentStatus;
		this.status = status;
		this.cancellationReason = cancellationReason;
		this.manageTokenHash = manageTokenHash;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
		this.nightlyRates = new LinkedHashSet<>(nightlyRates);
		this.history = new LinkedHashSet<>(history);
	}

	/**
	 * A new pending booking of the given unit at the quoted price.
	 */
	static Booking place(BookingReference reference, long unitId, BookingRequest request, Quote quote, Instant now) {
		Instant bookedAt = (request.bookedAt() != null) ? request.bookedAt() : now;
		GuestDetails guest = request.guest();
		Set<BookingNight> nights = new LinkedHashSet<>();
		quote.nightly()
			.forEach((night) -> nights.add(new BookingNight(night.night(), night.rate().amount(), night.rateName())));
		Set<StatusChange> history = new LinkedHashSet<>();
		history.add(new StatusChange(null, null, BookingStatus.PENDING.code(), request.actor(), bookedAt, null));
		StayPeriod stay = request.stay();
		return new Booking(null, reference.value(), request.roomCode(), unitId, stay.checkIn(), stay.checkOut(),
				stay.nightCount(), request.adults(), request.children(), guest.firstName(), guest.lastName(),
				guest.email(), guest.phone(), guest.country(), guest.language(), request.packageCode(),
				request.specialRequests(), request.source().code(), null, quote.currency().name(), quote.exchangeRate(),
				quote.rooms().amount(), quote.packagePrice().amount(), quote.tax().amount(),
				quote.serviceCharge().amount(), quote.total().amount(), quote.dueNow().amount(), quote.balanceDueDate(),
				BigDecimal.ZERO, null, request.paymentMethod().code(), PaymentStatus.UNPAID.code(),
				BookingStatus.PENDING.code(), null, null, request.actor(), bookedAt, now, 0, nights, history);
	}

	/**
	 * Moves the stay to other dates or another room at a new price; what was paid stays
	 * paid.
	 */
	void changeStay(String roomCode, long unitId, StayPeriod stay, Quote quote, String actor, Instant now) {
		BookingStatus current = status();
		if (current != BookingStatus.PENDING && current != BookingStatus.CONFIRMED) {
			throw new IllegalTransitionException(
					"The stay of a " + current.code().replace('_', ' ') + " booking cannot be changed");
		}
		if (quote.currency() != currency()) {
			throw new IllegalArgumentException("A changed stay is priced in the booking's currency");
		}
		String note = "Stay changed from " + this.roomCode + " " + stay() + " to " + roomCode + " " + stay;
		this.roomCode = roomCode;
		this.unitId = unitId;
		this.checkIn = stay.checkIn();
		this.checkOut = stay.checkOut();
		this.nights = stay.nightCount();
		this.nightlyRates.clear();
		quote.nightly()
			.forEach((night) -> this.nightlyRates
				.add(new BookingNight(night.night(), night.rate().amount(), night.rateName())));
		this.roomsAmount = quote.rooms().amount();
		this.packageAmount = quote.packagePrice().amount();
		this.serviceChargeAmount = quote.serviceCharge().amount();
		this.taxAmount = quote.tax().amount();
		this.totalAmount = quote.total().amount();
		this.depositAmount = quote.dueNow().amount();
		this.balanceDueDate = quote.balanceDueDate();
		this.paymentStatus = paymentStatusFor(this.paidAmount).code();
		this.history.add(new StatusChange(null, current.code(), current.code(), actor, now, note));
		this.updatedAt = now;
	}

	String roomCode() {
		return this.roomCode;
	}

	@Nullable String packageCode() {
		return this.packageCode;
	}

	BigDecimal exchangeRate() {
		return this.exchangeRate;
	}

	void confirm(String actor, Instant now) {
		moveTo(BookingStatus.CONFIRMED, actor, now, null);
	}

	/**
	 * @param today the property's date; a guest arrives from the first night of the stay,
	 * and an arrival nobody recorded may still be checked in on the day of departure, so
	 * that the stay can be checked out rather than left stuck as confirmed
	 */
	void checkIn(String actor, LocalDate today, Instant now) {
		if (today.isBefore(this.checkIn)) {
			throw new IllegalTransitionException("A guest cannot check in before the arrival date " + this.checkIn);
		}
		if (today.isAfter(this.checkOut)) {
			throw new IllegalTransitionException("The stay ended on " + this.checkOut + "; it cannot be checked in");
		}
		moveTo(BookingStatus.CHECKED_IN, actor, now, null);
	}

	void checkOut(String actor, Instant now) {
		moveTo(BookingStatus.CHECKED_OUT, actor, now, null);
	}

	void cancel(String actor, @Nullable String reason, Money refundDue, Instant now) {
		moveTo(BookingStatus.CANCELLED, actor, now, reason);
		this.cancellationReason = reason;
		this.refundDueAmount = refundDue.amount();
	}

	/**
	 * @param today the property's date; a guest is a no-show only once the arrival date
	 * has come
	 */
	void markNoShow(String actor, LocalDate today, Instant now) {
		if (today.isBefore(this.checkIn)) {
			throw new IllegalTransitionException("A booking is a no-show only from its arrival date " + this.checkIn);
		}
		moveTo(BookingStatus.NO_SHOW, actor, now, null);
	}

	/**
	 * Records money received for this booking.
	 */
	void receivePayment(Money amount, Instant now) {
		if (amount.currency() != currency() || amount.isNegative() || amount.isZero()) {
			throw new IllegalArgumentException("A payment must be a positive amount in " + this.currency);
		}
		this.paidAmount = this.paidAmount.add(amount.amount());
		this.paymentStatus = paymentStatusFor(this.paidAmount).code();
		this.updatedAt = now;
	}

	private PaymentStatus paymentStatusFor(BigDecimal paid) {
		if (paid.signum() <= 0) {
			return PaymentStatus.UNPAID;
		}
		return (paid.compareTo(this.totalAmount) >= 0) ? PaymentStatus.PAID : PaymentStatus.DEPOSIT_PAID;
	}

	private void moveTo(BookingStatus target, String actor, Instant now, @Nullable String note) {
		BookingStatus current = status();
		if (!current.canMoveTo(target)) {
			throw new IllegalTransitionException(current, target);
		}
		this.history.add(new StatusChange(null, current.code(), target.code(), actor, now, note));
		this.status = target.code();
		this.updatedAt = now;
	}

	BookingReference reference() {
		return new BookingReference(this.reference);
	}

	BookingStatus status() {
		return BookingStatus.ofCode(this.status);
	}

	CurrencyCode currency() {
		return CurrencyCode.valueOf(this.currency);
	}

	StayPeriod stay() {
		return new StayPeriod(this.checkIn, this.checkOut);
	}

	long unitId() {
		return this.unitId;
	}

	Money total() {
		return Money.of(this.totalAmount, currency());
	}

	Money paid() {
		return Money.of(this.paidAmount, currency());
	}

	Instant createdAt() {
		return this.createdAt;
	}

	BookingView view() {
		CurrencyCode code = currency();
		List<NightlyRate> nightly = this.nightlyRates.stream()
			.sorted(Comparator.comparing(BookingNight::night))
			.map((night) -> new NightlyRate(night.night(), Money.of(night.amount(), code), night.rateName()))
			.toList();
		List<BookingView.StatusEntry> entries = this.history.stream()
			.sorted(Comparator.comparing(StatusChange::changedAt)
				.thenComparing((change) -> (change.id() != null) ? change.id() : Long.MAX_VALUE))
			.map((change) -> new BookingView.StatusEntry(
					(change.fromStatus() != null) ? BookingStatus.ofCode(change.fromStatus()) : null,
					BookingStatus.ofCode(change.toStatus()), change.changedBy(), change.changedAt(), change.note()))
			.toList();
		Quote quote = new Quote(code, this.exchangeRate, nightly, Money.of(this.roomsAmount, code),
				Money.of(this.packageAmount, code), Money.of(this.serviceChargeAmount, code),
				Money.of(this.taxAmount, code), Money.of(this.totalAmount, code), Money.of(this.depositAmount, code),
				this.balanceDueDate);
		return new BookingView(reference(), status(), this.roomCode, this.unitId, stay(), this.adults, this.children,
				new GuestDetails(this.guestFirstName, this.guestLastName, this.guestEmail, this.guestPhone,
						this.guestCountry, this.guestLanguage),
				this.packageCode, this.specialRequests, BookingSource.ofCode(this.source), this.channelReference, quote,
				(this.paymentMethod != null) ? PaymentMethod.find(this.paymentMethod).orElse(null) : null,
				PaymentStatus.ofCode(this.paymentStatus), paid(),
				(this.refundDueAmount != null) ? Money.of(this.refundDueAmount, code) : null, this.cancellationReason,
				this.createdBy, this.createdAt, this.updatedAt, entries);
	}

}
