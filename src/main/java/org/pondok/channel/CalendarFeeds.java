package org.pondok.channel;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.pondok.booking.BookingManagement;
import org.pondok.booking.BookingReference;
import org.pondok.booking.BookingView;
import org.pondok.catalog.Catalog;
import org.pondok.catalog.RoomView;
import org.pondok.catalog.UnitView;
import org.pondok.inventory.HeldNight;
import org.pondok.inventory.Holder;
import org.pondok.inventory.Inventory;
import org.pondok.inventory.ManualBlockView;
import org.pondok.shared.StayPeriod;
import org.pondok.system.PondokProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renders the calendars Pondok publishes from the inventory ledger. A room's feed, which
 * OTAs import, carries every hold of the room's units (direct and staff bookings, manual
 * blocks, turnover buffers and every OTA's blocks) titled only "Not available"; the staff
 * feeds name guests only where the subscription and the calendar settings allow.
 */
@Service
public class CalendarFeeds {

	private final JdbcClient jdbc;

	private final ChannelManagement channels;

	private final Catalog catalog;

	private final Inventory inventory;

	private final BookingManagement bookings;

	private final String host;

	private final Clock clock;

	CalendarFeeds(JdbcClient jdbc, ChannelManagement channels, Catalog catalog, Inventory inventory,
			BookingManagement bookings, PondokProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.channels = channels;
		this.catalog = catalog;
		this.inventory = inventory;
		this.bookings = bookings;
		String host = URI.create(properties.baseUrl()).getHost();
		this.host = (host != null) ? host : "pondok";
		this.clock = clock;
	}

	/**
	 * The feed a token opens, noting the fetch (time and client) on its subscription.
	 * @return empty for an unknown or revoked token
	 */
	@Transactional
	public Optional<CalendarFeed> open(String token, @Nullable String client) {
		Optional<SubscriptionView> found = this.channels.subscriptionByToken(token);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		SubscriptionView subscription = found.get();
		String body = render(subscription);
		String etag = etag(body);
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		Served served = this.jdbc
			.sql("SELECT content_etag, content_changed_at FROM calendar_subscriptions WHERE id = :id")
			.param("id", subscription.id())
			.query((rs, row) -> new Served(rs.getString("content_etag"), rs.getTimestamp("content_changed_at")))
			.single();
		boolean changed = !etag.equals(served.etag()) || served.changedAt() == null;
		Instant lastModified = changed ? now : served.changedAt().toInstant();
		this.jdbc.sql("""
				UPDATE calendar_subscriptions SET last_fetched_at = :now, last_client = :client,
				  fetch_count = fetch_count + 1, content_etag = :etag, content_changed_at = :changed
				WHERE id = :id
				""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("client", (client != null) ? truncate(client, 500) : null)
			.param("etag", etag)
			.param("changed", Timestamp.from(lastModified))
			.param("id", subscription.id())
			.update();
		return Optional.of(new CalendarFeed(body, etag, lastModified));
	}

	String render(SubscriptionView subscription) {
		LocalDate today = this.catalog.today();
		int past = integerSetting("export.past_days", 30);
		int ahead = integerSetting("export.horizon_days", 730);
		LocalDate from = today.minusDays(past);
		LocalDate to = today.plusDays(ahead);
		Map<Long, Place> places = places();
		String scope = subscription.scope();
		List<Hold> holds = holds(from, to, places, scope.equals("room") ? subscription.roomCode() : null);
		boolean guestDetails = subscription.includeGuestDetails()
				&& Boolean.parseBoolean(this.channels.calendarSetting("export.guest_details_staff_feeds", "true"));
		Titles titles = new Titles(this.channels.calendarSetting("export.blocked_title", "Not available"),
				this.channels.calendarSetting("export.event_title_format", "{{reference}} {{guestName}} ({{guests}})"),
				guestDetails);
		Lookups lookups = new Lookups(from);
		List<IcalWriter.Event> events = new ArrayList<>();
		for (Hold hold : holds) {
			switch (scope) {
				case "room" -> events.add(new IcalWriter.Event(hold.uid(this.host), stamp(hold, lookups),
						hold.period().checkIn(), hold.period().checkOut(), titles.blocked(), null, null));
				case "all" -> events.add(staffEvent(hold, lookups, titles));
				case "arrivals", "housekeeping" -> events.addAll(stayEvents(hold, lookups, titles, scope, from, to));
				default -> throw new IllegalStateException("Unknown scope " + scope);
			}
		}
		events.sort(Comparator.comparing(IcalWriter.Event::start).thenComparing(IcalWriter.Event::uid));
		IcalWriter writer = new IcalWriter(subscription.name());
		events.forEach(writer::event);
		return writer.finish();
	}

	private IcalWriter.Event staffEvent(Hold hold, Lookups lookups, Titles titles) {
		String where = hold.place().roomName() + " · " + hold.place().unitName();
		Instant stamp = stamp(hold, lookups);
		return switch (hold.holder()) {
			case BOOKING -> {
				BookingView booking = lookups.booking(hold.ref());
				yield new IcalWriter.Event(hold.uid(this.host), stamp, hold.period().checkIn(),
						hold.period().checkOut(), titles.booking(booking) + " · " + where,
						"Booking " + booking.reference() + " (" + booking.status().name().toLowerCase() + ")",
						"booking");
			}
			case BUFFER -> new IcalWriter.Event(hold.uid(this.host), stamp, hold.period().checkIn(),
					hold.period().checkOut(), "Turnover · " + where, "After booking " + hold.ref(), "buffer");
			case MANUAL_BLOCK -> {
				ManualBlockView block = lookups.manualBlock(hold.ref());
				yield new IcalWriter.Event(hold.uid(this.host), stamp, hold.period().checkIn(),
						hold.period().checkOut(), "Blocked · " + where, (block != null) ? block.reason() : null,
						"manual_block");
			}
			case OTA_BLOCK -> {
				ImportedBlock block = lookups.otaBlock(hold.ref());
				String source = (block != null) ? block.integrationName() : "OTA";
				String kind = (block != null) ? block.kind() : "reservation";
				yield new IcalWriter.Event(hold.uid(this.host), stamp, hold.period().checkIn(),
						hold.period().checkOut(), source + " · " + kind.replace('_', ' ') + " · " + where, null,
						"ota_block");
			}
		};
	}

	/**
	 * Arrival (and for housekeeping also departure) days of bookings, as one-day events.
	 */
	private List<IcalWriter.Event> stayEvents(Hold hold, Lookups lookups, Titles titles, String scope, LocalDate from,
			LocalDate to) {
		if (hold.holder() != Holder.BOOKING) {
			return List.of();
		}
		BookingView booking = lookups.booking(hold.ref());
		String where = hold.place().roomName() + " · " + hold.place().unitName();
		Instant stamp = booking.updatedAt();
		String reference = booking.reference().value();
		List<IcalWriter.Event> events = new ArrayList<>();
		LocalDate checkIn = booking.stay().checkIn();
		LocalDate checkOut = booking.stay().checkOut();
		if (!hold.period().checkIn().equals(checkIn)) {
			// a later part of a stay split over several runs: its arrival is the first
			// run's
			return List.of();
		}
		if (scope.equals("arrivals")) {
			if (!checkIn.isBefore(from) && checkIn.isBefore(to)) {
				events.add(new IcalWriter.Event(reference + "-arrival@" + this.host, stamp, checkIn,
						checkIn.plusDays(1), "Arrival: " + titles.booking(booking) + " · " + where,
						booking.stay().nightCount() + " nights, until " + checkOut, "arrival"));
			}
			return events;
		}
		if (!checkIn.isBefore(from) && checkIn.isBefore(to)) {
			events.add(new IcalWriter.Event(reference + "-in@" + this.host, stamp, checkIn, checkIn.plusDays(1),
					"Check-in: " + titles.booking(booking) + " · " + where, "Prepare " + hold.place().unitName(),
					"arrival"));
		}
		if (!checkOut.isBefore(from) && checkOut.isBefore(to)) {
			events.add(new IcalWriter.Event(reference + "-out@" + this.host, stamp, checkOut, checkOut.plusDays(1),
					"Check-out: " + titles.booking(booking) + " · " + where, "Clean " + hold.place().unitName(),
					"departure"));
		}
		return events;
	}

	private Instant stamp(Hold hold, Lookups lookups) {
		return switch (hold.holder()) {
			case BOOKING, BUFFER -> lookups.booking(hold.ref()).updatedAt();
			case MANUAL_BLOCK -> {
				ManualBlockView block = lookups.manualBlock(hold.ref());
				yield (block != null) ? block.createdAt() : Instant.EPOCH;
			}
			case OTA_BLOCK -> {
				ImportedBlock block = lookups.otaBlock(hold.ref());
				yield (block != null) ? block.changedAt() : Instant.EPOCH;
			}
		};
	}

	/**
	 * The ledger's nights grouped into holds: one per holder and unit and run of
	 * consecutive nights.
	 */
	private List<Hold> holds(LocalDate from, LocalDate to, Map<Long, Place> places, @Nullable String roomCode) {
		Map<String, List<HeldNight>> byHolder = new LinkedHashMap<>();
		for (HeldNight night : this.inventory.held(from, to)) {
			Place place = places.get(night.unitId());
			if (place == null || (roomCode != null && !roomCode.equals(place.roomCode()))) {
				continue;
			}
			byHolder
				.computeIfAbsent(night.unitId() + "|" + night.holder() + "|" + night.holderRef(),
						(key) -> new ArrayList<>())
				.add(night);
		}
		List<Hold> holds = new ArrayList<>();
		for (List<HeldNight> nights : byHolder.values()) {
			nights.sort(Comparator.comparing(HeldNight::night));
			List<StayPeriod> runs = new ArrayList<>();
			LocalDate start = nights.get(0).night();
			LocalDate end = start.plusDays(1);
			for (HeldNight night : nights.subList(1, nights.size())) {
				if (!night.night().equals(end)) {
					runs.add(new StayPeriod(start, end));
					start = night.night();
				}
				end = night.night().plusDays(1);
			}
			runs.add(new StayPeriod(start, end));
			HeldNight first = nights.get(0);
			for (StayPeriod run : runs) {
				holds
					.add(new Hold(first.holder(), first.holderRef(), places.get(first.unitId()), run, runs.size() > 1));
			}
		}
		return holds;
	}

	private Map<Long, Place> places() {
		Map<Long, Place> places = new HashMap<>();
		for (RoomView room : this.catalog.rooms()) {
			for (UnitView unit : room.units()) {
				places.put(unit.id(), new Place(room.code(), room.name(), unit.name()));
			}
		}
		return places;
	}

	private int integerSetting(String key, int fallback) {
		try {
			return Integer.parseInt(this.channels.calendarSetting(key, String.valueOf(fallback)).trim());
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

	static String etag(String body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
			return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String truncate(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length);
	}

	private record Served(@Nullable String etag, @Nullable Timestamp changedAt) {
	}

	private record Place(String roomCode, String roomName, String unitName) {
	}

	private record Hold(Holder holder, String ref, Place place, StayPeriod period, boolean split) {

		String uid(String host) {
			String base = switch (this.holder) {
				case BOOKING -> this.ref;
				case BUFFER -> this.ref + "-buffer";
				case MANUAL_BLOCK, OTA_BLOCK -> this.ref;
			};
			String suffix = this.split ? "-" + this.period.checkIn().toString().replace("-", "") : "";
			return base + suffix + "@" + host;
		}

	}

	private record Titles(String blocked, String format, boolean guestDetails) {

		String booking(BookingView booking) {
			if (!this.guestDetails) {
				return booking.reference().value();
			}
			return this.format.replace("{{reference}}", booking.reference().value())
				.replace("{{guestName}}", booking.guest().fullName())
				.replace("{{guests}}", String.valueOf(booking.adults() + booking.children()))
				.replaceAll("\\s+", " ")
				.trim();
		}

	}

	/**
	 * What the events need from bookings, manual and imported blocks, each read once per
	 * rendering.
	 */
	private final class Lookups {

		private final LocalDate from;

		private final Map<String, BookingView> bookings = new HashMap<>();

		private @Nullable Map<String, ManualBlockView> manualBlocks;

		private @Nullable Map<String, ImportedBlock> otaBlocks;

		Lookups(LocalDate from) {
			this.from = from;
		}

		BookingView booking(String reference) {
			return this.bookings.computeIfAbsent(reference,
					(ref) -> CalendarFeeds.this.bookings.booking(BookingReference.parse(ref)));
		}

		@Nullable ManualBlockView manualBlock(String ref) {
			if (this.manualBlocks == null) {
				Map<String, ManualBlockView> blocks = new HashMap<>();
				CalendarFeeds.this.inventory.blocks(this.from).forEach((block) -> blocks.put(block.holderRef(), block));
				this.manualBlocks = blocks;
			}
			return this.manualBlocks.get(ref);
		}

		@Nullable ImportedBlock otaBlock(String ref) {
			if (this.otaBlocks == null) {
				Map<String, ImportedBlock> blocks = new HashMap<>();
				CalendarFeeds.this.jdbc.sql("""
						SELECT b.id, b.integration_id, b.kind, b.first_seen_at, b.changed_at, i.name
						FROM channel_blocks b JOIN platform_integrations i ON i.id = b.integration_id
						""").query((rs, row) -> {
					Timestamp changed = rs.getTimestamp("changed_at");
					return new ImportedBlock(BlockKeys.holderRef(rs.getLong("integration_id"), rs.getLong("id")),
							rs.getString("name"), rs.getString("kind"),
							((changed != null) ? changed : rs.getTimestamp("first_seen_at")).toInstant());
				}).list().forEach((block) -> blocks.put(block.holderRef(), block));
				this.otaBlocks = blocks;
			}
			return this.otaBlocks.get(ref);
		}

	}

	private record ImportedBlock(String holderRef, String integrationName, String kind, Instant changedAt) {
	}

}
