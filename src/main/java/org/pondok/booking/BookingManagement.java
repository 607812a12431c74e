package org.pondok.booking;

import java.math.BigDecimal;
import java.sql.SQLTransactionRollbackException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.pondok.catalog.Catalog;
import org.pondok.catalog.PackageView;
import org.pondok.catalog.RoomView;
import org.pondok.catalog.SeasonalRateView;
import org.pondok.catalog.UnitView;
import org.pondok.catalog.VillaView;
import org.pondok.inventory.Holder;
import org.pondok.inventory.Inventory;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.Money;
import org.pondok.shared.StayPeriod;
import org.pondok.system.AuditTrail;
import org.pondok.system.Currencies;
import org.pondok.system.SystemSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The booking use cases: quote, book, and move a booking through its life cycle.
 */
@Service
public class BookingManagement {

	private static final Logger log = LoggerFactory.getLogger(BookingManagement.class);

	static final int DEFAULT_MAX_NIGHTS = 30;

	private final Bookings bookings;

	private final BookingReferences references;

	private final Catalog catalog;

	private final Inventory inventory;

	private final SystemSettings settings;

	private final Currencies currencies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final BookingQueries queries;

	private final IdempotencyKeys idempotency;

	private final TransactionTemplate transactions;

	private final AuditTrail audit;

	private final ObjectProvider<BeforeClaim> beforeClaims;

	private final PriceCalculator prices = new PriceCalculator();

	BookingManagement(Bookings bookings, BookingQueries queries, BookingReferences references,
			IdempotencyKeys idempotency, Catalog catalog, Inventory inventory, SystemSettings settings,
			Currencies currencies, ApplicationEventPublisher events, Clock clock,
			PlatformTransactionManager transactionManager, AuditTrail audit, ObjectProvider<BeforeClaim> beforeClaims) {
		this.beforeClaims = beforeClaims;
		this.bookings = bookings;
		this.audit = audit;
		this.queries = queries;
		this.idempotency = idempotency;
		this.transactions = new TransactionTemplate(transactionManager);
		this.references = references;
		this.catalog = catalog;
		this.inventory = inventory;
		this.settings = settings;
		this.currencies = currencies;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Prices a stay of a room (with a package) in a currency, without holding anything.
	 * @throws BookingRequestException when the room, package or stay cannot be sold so
	 */
	@Transactional(readOnly = true)
	public Quote quote(String roomCode, StayPeriod stay, @Nullable String packageCode, CurrencyCode currency) {
		RoomView room = room(roomCode);
		List<SeasonalRateView> seasons = this.catalog.seasonalRates(roomCode, stay.checkIn(), stay.checkOut());
		PackageView stayPackage = stayPackage(packageCode, room, stay);
		return this.prices.quote(room, seasons, stayPackage, this.catalog.villa(), stay, currency,
				this.currencies.rate(currency), this.catalog.today());
	}

	/**
	 * Every room type on sale for a stay and a party: free units, nightly prices and
	 * total in the currency asked for, and the reason when it cannot be booked. Reads a
	 * fixed number of statements whatever the number of rooms or nights: one, the held
	 * nights, when what prices the stay was read less than two seconds ago. It opens no
	 * transaction: that one statement needs none, and on the hottest path the transaction
	 * itself (its interception, the connection's begin and commit, and on a database
	 * server their round trips) cost more than the search.
	 * @throws BookingRequestException when the stay itself cannot be asked for
	 */
	public Availability availability(StayPeriod stay, int adults, int children, CurrencyCode currency) {
		LocalDate today = this.catalog.today();
		if (stay.checkIn().isBefore(today)) {
			throw new BookingRequestException("checkIn", Refusal.PAST, 0,
					"Check-in " + stay.checkIn() + " is in the past");
		}
		int maxNights = this.settings.integer("booking.max_nights", DEFAULT_MAX_NIGHTS);
		if (stay.nightCount() > maxNights) {
			throw new BookingRequestException("checkOut", Refusal.TOO_LONG, maxNights,
					"A stay is at most " + maxNights + " nights");
		}
		if (adults < 1) {
			throw new BookingRequestException("adults", "At least one adult must stay");
		}
		if (children < 0) {
			throw new BookingRequestException("children", "Children cannot be negative");
		}
		List<RoomView> rooms = this.catalog.rooms();
		Map<String, List<SeasonalRateView>> seasons = this.catalog.seasonalRates(stay.checkIn(), stay.checkOut())
			.stream()
			.collect(Collectors.groupingBy(SeasonalRateView::roomCode));
		List<Long> unitIds = rooms.stream().flatMap((room) -> room.units().stream()).map(UnitView::id).toList();
		int buffer = bufferNights();
		Map<Long, Integer> held = this.inventory.heldNightCounts(unitIds,
				(buffer > 0) ? new StayPeriod(stay.checkIn(), stay.checkOut().plusDays(buffer)) : stay);
		VillaView villa = this.catalog.villa();
		BigDecimal rate = this.currencies.rate(currency);
		List<Availability.RoomOffer> offers = new ArrayList<>();
		for (RoomView room : rooms) {
			List<SeasonalRateView> roomSeasons = seasons.getOrDefault(room.code(), List.of());
			int free = (int) room.units().stream().filter((unit) -> held.getOrDefault(unit.id(), 0) == 0).count();
			Refused refused = refusal(room, roomSeasons, stay, adults, children, free);
			Quote price = this.prices.quote(room, roomSeasons, null, villa, stay, currency, rate, today);
			offers.add((refused == null)
					? new Availability.RoomOffer(room.code(), room.name(), true, free, price, null, null, 0)
					: new Availability.RoomOffer(room.code(), room.name(), false, free, price, refused.text(),
							refused.refusal(), refused.limit()));
		}
		return new Availability(stay, adults, children, currency, offers);
	}

	private @Nullable Refused refusal(RoomView room, List<SeasonalRateView> seasons, StayPeriod stay, int adults,
			int children, int free) {
		if (adults > room.maxAdults()) {
			return new Refused(Refusal.TOO_MANY_ADULTS, room.maxAdults(), sleeps(room));
		}
		if (children > room.maxChildren()) {
			return new Refused(Refusal.TOO_MANY_CHILDREN, room.maxChildren(), sleeps(room));
		}
		if (adults + children > room.maxOccupancy()) {
			return new Refused(Refusal.TOO_MANY_GUESTS, room.maxOccupancy(), sleeps(room));
		}
		int minimum = this.prices.minimumNights(room, seasons, stay);
		if (stay.nightCount() < minimum) {
			return new Refused(Refusal.TOO_SHORT, minimum, "Minimum stay " + minimum + " nights on these dates");
		}
		if (free == 0) {
			return new Refused(Refusal.SOLD_OUT, 0, "Sold out for at least one night of the stay");
		}
		return null;
	}

	private static String sleeps(RoomView room) {
		return "Sleeps at most " + room.maxOccupancy() + " guests (" + room.maxAdults() + " adults, "
				+ room.maxChildren() + " children)";
	}

	/**
	 * Why a room of an availability answer cannot be booked.
	 */
	private record Refused(Refusal refusal, int limit, String text) {
	}

	/**
	 * Books a stay once per {@code Idempotency-Key}: a retried request returns the
	 * booking the first one made.
	 * @param idempotencyKey the client's key, or {@code null} for none
	 * @throws IdempotencyConflictException when the key was used for a different request
	 */
	public BookingOutcome book(BookingRequest request, @Nullable String idempotencyKey) {
		if (idempotencyKey == null) {
			return new BookingOutcome(book(request), false);
		}
		beforeClaim(request.roomCode(), request.stay());
		return retryingOnLockConflicts(() -> {
			Optional<BookingReference> earlier = this.idempotency.reserve(idempotencyKey, request);
			if (earlier.isPresent()) {
				return new BookingOutcome(load(earlier.get()).view(), true);
			}
			BookingView booked = place(request);
			this.idempotency.complete(idempotencyKey, booked.reference());
			return new BookingOutcome(booked, false);
		});
	}

	/**
	 * Books a stay: checks the request, prices it, claims its nights on a free unit of
	 * the room and records it as pending, all in one transaction.
	 * @throws BookingRequestException when the request cannot be honoured as asked
	 * @throws org.pondok.inventory.NightsUnavailableException when no unit is free for
	 * every night
	 */
	public BookingView book(BookingRequest request) {
		beforeClaim(request.roomCode(), request.stay());
		return retryingOnLockConflicts(() -> place(request));
	}

	/**
	 * Lets downstream modules prepare the claim (see {@link BeforeClaim}), outside the
	 * claim's transaction; none of them can stop the booking.
	 */
	private void beforeClaim(String roomCode, StayPeriod stay) {
		this.beforeClaims.orderedStream().forEach((step) -> {
			try {
				step.beforeClaim(roomCode, stay);
			}
			catch (RuntimeException ex) {
				log.warn("Preparing the claim of {} {} failed: {}", roomCode, stay, ex.toString());
			}
		});
	}

	/**
	 * Runs the work in a transaction, again (up to three times) when the database gave it
	 * up to break a lock conflict with a concurrent booking: that is not an answer about
	 * availability, which only the unique key on a unit-night gives.
	 */
	private <T> T retryingOnLockConflicts(Supplier<T> work) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.transactions.execute((status) -> work.get());
			}
			catch (RuntimeException ex) {
				if (attempt == 3 || !isLockConflict(ex)) {
					throw ex;
				}
				try {
					Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25L * attempt));
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw ex;
				}
			}
		}
	}

	/**
	 * Whether the database gave the transaction up to break a lock conflict. InnoDB rolls
	 * back the whole transaction then, so a savepoint's rollback may fail and hide the
	 * conflict behind a {@link TransactionSystemException}.
	 */
	static boolean isLockConflict(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof PessimisticLockingFailureException
					|| cause instanceof SQLTransactionRollbackException) {
				return true;
			}
			if (cause instanceof TransactionSystemException system && system.getApplicationException() != null
					&& isLockConflict(system.getApplicationException())) {
				return true;
			}
		}
		return false;
	}

	private BookingView place(BookingRequest request) {
		Instant now = this.clock.instant();
		LocalDate today = this.catalog.today();
		StayPeriod stay = request.stay();
		RoomView room = room(request.roomCode());
		checkStay(request, room, today);
		checkGuests(request, room);
		List<SeasonalRateView> seasons = this.catalog.seasonalRates(room.code(), stay.checkIn(), stay.checkOut());
		int minimum = this.prices.minimumNights(room, seasons, stay);
		if (stay.nightCount() < minimum) {
			throw new BookingRequestException("checkOut", Refusal.TOO_SHORT, minimum,
					room.name() + " is sold for at least " + minimum + " nights on these dates");
		}
		PackageView stayPackage = stayPackage(request.packageCode(), room, stay);
		VillaView villa = this.catalog.villa();
		LocalDate priceDay = (request.bookedAt() != null) ? LocalDate.ofInstant(request.bookedAt(), villa.timeZone())
				: today;
		Quote quote = this.prices.quote(room, seasons, stayPackage, villa, stay, request.currency(),
				this.currencies.rate(request.currency()), priceDay);
		BookingReference reference = this.references.next();
		long unitId = this.inventory.claimAny(room.units().stream().map(UnitView::id).toList(), stay, bufferNights(),
				Holder.BOOKING, reference.value());
		Booking booking = this.bookings.save(Booking.place(reference, unitId, request, quote, now));
		BookingView view = booking.view();
		String actor = (request.source() == BookingSource.DIRECT && !request.actor().startsWith("guest:"))
				? "guest:" + request.actor() : request.actor();
		this.audit.record(actor, "booking.created", "booking", reference.value(), room.code() + " " + stay + ", source "
				+ request.source().code() + ", unit " + unitId + ", total " + quote.total());
		this.events.publishEvent(new BookingCreated(reference, room.code(), stay, request.source(),
				request.guest().email(), request.guest().language(), quote.total(), booking.createdAt()));
		return view;
	}

	/**
	 * A page of bookings in order of arrival.
	 * @param page counting from 0
	 * @param size 1 to 200
	 */
	@Transactional(readOnly = true)
	public BookingPage search(BookingSearch search, int page, int size) {
		if (page < 0 || size < 1 || size > 200) {
			throw new BookingRequestException((page < 0) ? "page" : "size",
					(page < 0) ? "must be 0 or more" : "must be between 1 and 200");
		}
		return this.queries.search(search, page, size);
	}

	@Transactional(readOnly = true)
	public BookingView booking(BookingReference reference) {
		return load(reference).view();
	}

	@Transactional
	public BookingView confirm(BookingReference reference, String actor) {
		Booking booking = load(reference);
		BookingStatus from = booking.status();
		booking.confirm(actor, this.clock.instant());
		return saveAndPublish(booking, from, actor);
	}

	@Transactional
	public BookingView checkIn(BookingReference reference, String actor) {
		Booking booking = load(reference);
		BookingStatus from = booking.status();
		booking.checkIn(actor, this.catalog.today(), this.clock.instant());
		return saveAndPublish(booking, from, actor);
	}

	@Transactional
	public BookingView checkOut(BookingReference reference, String actor) {
		Booking booking = load(reference);
		BookingStatus from = booking.status();
		booking.checkOut(actor, this.clock.instant());
		return saveAndPublish(booking, from, actor);
	}

	@Transactional
	public BookingView markNoShow(BookingReference reference, String actor) {
		Booking booking = load(reference);
		BookingStatus from = booking.status();
		booking.markNoShow(actor, this.catalog.today(), this.clock.instant());
		releaseNights(reference);
		return saveAndPublish(booking, from, actor);
	}

	/**
	 * Cancels a booking and releases its nights. What was paid is refunded less the
	 * cancellation fee once the free-cancellation period has passed.
	 */
	@Transactional
	public BookingView cancel(BookingReference reference, String actor, @Nullable String reason) {
		Booking booking = load(reference);
		BookingStatus from = booking.status();
		RoomView room = room(booking.view().roomCode());
		long daysBefore = ChronoUnit.DAYS.between(this.catalog.today(), booking.stay().checkIn());
		Money fee = (daysBefore >= room.cancellationPolicy().freeCancellationDays()) ? Money.zero(booking.currency())
				: booking.total().percent(room.cancellationPolicy().feePercent());
		Money paid = booking.paid();
		Money refund = (paid.compareTo(fee) > 0) ? paid.minus(fee) : Money.zero(booking.currency());
		booking.cancel(actor, reason, refund, this.clock.instant());
		releaseNights(reference);
		return saveAndPublish(booking, from, actor);
	}

	/**
	 * Moves a pending or confirmed booking to other dates or another room: its nights are
	 * released and the new ones claimed in one transaction, so either the whole change
	 * holds or the booking keeps the nights it had. The new stay is priced at today's
	 * rates in the booking's currency, at the exchange rate it was booked with.
	 * @throws org.pondok.inventory.NightsUnavailableException when the new stay is taken
	 */
	public BookingView changeStay(BookingReference reference, @Nullable String roomCode, StayPeriod stay,
			String actor) {
		beforeClaim((roomCode != null) ? roomCode : load(reference).roomCode(), stay);
		return retryingOnLockConflicts(() -> {
			Booking booking = load(reference);
			RoomView room = room((roomCode != null) ? roomCode : booking.roomCode());
			BookingView before = booking.view();
			BookingRequest asked = new BookingRequest(room.code(), stay, before.adults(), before.children(),
					before.guest(), booking.packageCode(), booking.currency(),
					(before.paymentMethod() != null) ? before.paymentMethod() : PaymentMethod.CASH,
					before.specialRequests(), before.source(), actor, null);
			LocalDate today = this.catalog.today();
			checkStay(asked, room, today);
			checkGuests(asked, room);
			List<SeasonalRateView> seasons = this.catalog.seasonalRates(room.code(), stay.checkIn(), stay.checkOut());
			int minimum = this.prices.minimumNights(room, seasons, stay);
			if (stay.nightCount() < minimum) {
				throw new BookingRequestException("checkOut", Refusal.TOO_SHORT, minimum,
						room.name() + " is sold for at least " + minimum + " nights on these dates");
			}
			PackageView stayPackage = stayPackage(booking.packageCode(), room, stay);
			Quote quote = this.prices.quote(room, seasons, stayPackage, this.catalog.villa(), stay, booking.currency(),
					booking.exchangeRate(), today);
			releaseNights(reference);
			long unitId = this.inventory.claimAny(room.units().stream().map(UnitView::id).toList(), stay,
					bufferNights(), Holder.BOOKING, reference.value());
			booking.changeStay(room.code(), unitId, stay, quote, actor, this.clock.instant());
			BookingView view = this.bookings.save(booking).view();
			this.audit.record(actor, "booking.stay_changed", "booking", reference.value(),
					"from " + before.roomCode() + " " + before.stay() + " to " + view.roomCode() + " " + view.stay()
							+ ", total " + view.price().total());
			this.events.publishEvent(new BookingChanged(reference, before.roomCode(), before.stay(), view.roomCode(),
					view.stay(), actor, view.updatedAt()));
			return view;
		});
	}

	/**
	 * Records money received for a booking (the payment module reports here).
	 */
	@Transactional
	public BookingView receivePayment(BookingReference reference, Money amount) {
		Booking booking = load(reference);
		booking.receivePayment(amount, this.clock.instant());
		return this.bookings.save(booking).view();
	}

	private void releaseNights(BookingReference reference) {
		this.inventory.release(Holder.BOOKING, reference.value());
		this.inventory.release(Holder.BUFFER, reference.value());
	}

	private int bufferNights() {
		return Math.max(0, Math.min(7, this.settings.integer("booking.turnover_buffer_nights", 0)));
	}

	private BookingView saveAndPublish(Booking booking, BookingStatus from, String actor) {
		Booking saved = this.bookings.save(booking);
		BookingView view = saved.view();
		StringBuilder details = new StringBuilder(from.code()).append(" -> ").append(view.status().code());
		if (view.cancellationReason() != null) {
			details.append(", reason: ").append(view.cancellationReason());
		}
		if (view.refundDue() != null) {
			details.append(", refund due ").append(view.refundDue());
		}
		this.audit.record(actor, "booking." + view.status().code(), "booking", view.reference().value(),
				details.toString());
		this.events.publishEvent(new BookingStatusChanged(view.reference(), view.roomCode(), view.stay(), from,
				view.status(), actor, view.updatedAt()));
		return view;
	}

	private Booking load(BookingReference reference) {
		return this.bookings.findByReference(reference.value())
			.orElseThrow(() -> new UnknownBookingException(reference.value()));
	}

	private RoomView room(String roomCode) {
		return this.catalog.room(roomCode)
			.orElseThrow(() -> new BookingRequestException("roomCode", Refusal.UNKNOWN_ROOM, 0,
					"There is no room '" + roomCode + "'"));
	}

	private void checkStay(BookingRequest request, RoomView room, LocalDate today) {
		StayPeriod stay = request.stay();
		if (request.bookedAt() == null && stay.checkIn().isBefore(today)) {
			throw new BookingRequestException("checkIn", Refusal.PAST, 0,
					"Check-in " + stay.checkIn() + " is in the past");
		}
		int maxNights = this.settings.integer("booking.max_nights", DEFAULT_MAX_NIGHTS);
		if (stay.nightCount() > maxNights) {
			throw new BookingRequestException("checkOut", Refusal.TOO_LONG, maxNights,
					"A stay is at most " + maxNights + " nights");
		}
		if (room.units().isEmpty()) {
			throw new BookingRequestException("roomCode", Refusal.NO_UNIT, 0, room.name() + " has no unit to sell");
		}
	}

	private static void checkGuests(BookingRequest request, RoomView room) {
		if (request.adults() < 1) {
			throw new BookingRequestException("adults", "At least one adult must stay");
		}
		if (request.children() < 0) {
			throw new BookingRequestException("children", "Children cannot be negative");
		}
		if (request.adults() > room.maxAdults()) {
			throw new BookingRequestException("adults", Refusal.TOO_MANY_ADULTS, room.maxAdults(),
					room.name() + " sleeps at most " + room.maxAdults() + " adults");
		}
		if (request.children() > room.maxChildren()) {
			throw new BookingRequestException("children", Refusal.TOO_MANY_CHILDREN, room.maxChildren(),
					room.name() + " takes at most " + room.maxChildren() + " children");
		}
		if (request.adults() + request.children() > room.maxOccupancy()) {
			throw new BookingRequestException("adults", Refusal.TOO_MANY_GUESTS, room.maxOccupancy(),
					room.name() + " sleeps at most " + room.maxOccupancy() + " guests");
		}
	}

	private @Nullable PackageView stayPackage(@Nullable String packageCode, RoomView room, StayPeriod stay) {
		if (packageCode == null || packageCode.isBlank()) {
			return null;
		}
		PackageView found = this.catalog.findPackage(packageCode)
			.orElseThrow(() -> new BookingRequestException("packageCode", Refusal.UNKNOWN_PACKAGE, 0,
					"There is no package '" + packageCode + "'"));
		if (!found.roomCodes().contains(room.code())) {
			throw new BookingRequestException("packageCode", Refusal.PACKAGE_NOT_WITH_ROOM, 0,
					found.name() + " is not sold with " + room.name());
		}
		if (stay.nightCount() < found.minNights()) {
			throw new BookingRequestException("packageCode", Refusal.PACKAGE_TOO_SHORT, found.minNights(),
					found.name() + " needs a stay of at least " + found.minNights() + " nights");
		}
		return found;
	}

}
