package org.pondok.inventory;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.pondok.shared.StayPeriod;
import org.pondok.system.AuditTrail;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger of held unit-nights. A claim inserts one row per night under the unique key
 * (unit, night), so the database itself refuses a second holder, across threads and
 * application instances alike. Claims and releases join the caller's transaction.
 */
@Service
public class Inventory {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate savepoint;

	private final AuditTrail audit;

	Inventory(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * Holds every night of the stay on the unit for the holder.
	 * @throws NightsUnavailableException when any night is already held; the caller's
	 * transaction must then roll back (PostgreSQL refuses further statements in it)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void claim(long unitId, StayPeriod stay, Holder holder, String holderRef) {
		try {
			insertNights(unitId, stay, holder, holderRef);
		}
		catch (DuplicateKeyException ex) {
			throw new NightsUnavailableException(stay);
		}
	}

	/**
	 * Holds the stay on the first of the given units that is free for every night, trying
	 * the next unit when another transaction took one first (each try in a savepoint).
	 * @return the unit claimed
	 * @throws NightsUnavailableException when no unit could be claimed
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long claimAny(List<Long> unitIds, StayPeriod stay, Holder holder, String holderRef) {
		return claimAny(unitIds, stay, 0, holder, holderRef);
	}

	/**
	 * As {@link #claimAny(List, StayPeriod, Holder, String)}, also holding
	 * {@code bufferNights} nights after the stay on the same unit as
	 * {@link Holder#BUFFER} for turnover.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long claimAny(List<Long> unitIds, StayPeriod stay, int bufferNights, Holder holder, String holderRef) {
		StayPeriod needed = (bufferNights > 0) ? new StayPeriod(stay.checkIn(), stay.checkOut().plusDays(bufferNights))
				: stay;
		for (long unitId : freeUnits(unitIds, needed)) {
			Boolean claimed = this.savepoint.execute((status) -> {
				try {
					insertNights(unitId, stay, holder, holderRef);
					if (bufferNights > 0) {
						insertNights(unitId, StayPeriod.of(stay.checkOut(), bufferNights), Holder.BUFFER, holderRef);
					}
					return true;
				}
				catch (DuplicateKeyException ex) {
					status.setRollbackOnly();
					return false;
				}
			});
			if (Boolean.TRUE.equals(claimed)) {
				return unitId;
			}
		}
		throw new NightsUnavailableException(stay);
	}

	/**
	 * Releases every night the holder holds.
	 * @return how many unit-nights were released
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int release(Holder holder, String holderRef) {
		return this.jdbc.sql("DELETE FROM inventory_nights WHERE holder = :holder AND holder_ref = :ref")
			.param("holder", holder.code())
			.param("ref", holderRef)
			.update();
	}

	/**
	 * The units among those given that hold no night of the stay, in the order given.
	 */
	@Transactional(readOnly = true)
	public List<Long> freeUnits(Collection<Long> unitIds, StayPeriod stay) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		Set<Long> taken = heldNightCounts(unitIds, stay).keySet();
		return unitIds.stream().filter((unit) -> !taken.contains(unit)).toList();
	}

	/**
	 * How many held nights each of the given units has in the period, for availability
	 * searches over many room types at once. One statement whatever the number of units,
	 * run in the caller's transaction if there is one, else on its own.
	 */
	public Map<Long, Integer> heldNightCounts(Collection<Long> unitIds, StayPeriod period) {
		if (unitIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Integer> counts = new HashMap<>();
		if (unitIds.size() == 1) {
			long unit = unitIds.iterator().next();
			this.jdbc.sql("""
					SELECT COUNT(*) FROM inventory_nights WHERE unit_id = :unit AND night >= :from AND night < :to
					""")
				.param("unit", unit)
				.param("from", Date.valueOf(period.checkIn()))
				.param("to", Date.valueOf(period.checkOut()))
				.query((RowCallbackHandler) (rs) -> {
					if (rs.getInt(1) > 0) {
						counts.put(unit, rs.getInt(1));
					}
				});
			return counts;
		}
		// by the (night, unit) index alone, which covers the query: a short range of
		// nights is a few rows per unit, whereas a long IN list of units tempts some
		// planners into a full scan. The rows are counted here: H2 groups by comparing
		// each row's key in a sorted map, which cost more than the scan itself
		Set<Long> wanted = (unitIds instanceof Set<Long> set) ? set : Set.copyOf(unitIds);
		this.jdbc.sql("SELECT unit_id FROM inventory_nights WHERE night >= :from AND night < :to")
			.param("from", Date.valueOf(period.checkIn()))
			.param("to", Date.valueOf(period.checkOut()))
			.query((RowCallbackHandler) (rs) -> {
				long unit = rs.getLong(1);
				if (wanted.contains(unit)) {
					counts.merge(unit, 1, Integer::sum);
				}
			});
		return counts;
	}

	/**
	 * Every held unit-night from {@code from} up to, not including, {@code to}.
	 */
	@Transactional(readOnly = true)
	public List<HeldNight> held(LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				SELECT unit_id, night, holder, holder_ref FROM inventory_nights
				WHERE night >= :from AND night < :to
				ORDER BY night, unit_id
				""")
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, row) -> new HeldNight(rs.getLong("unit_id"), rs.getDate("night").toLocalDate(),
					Holder.ofCode(rs.getString("holder")), rs.getString("holder_ref")))
			.list();
	}

	/**
	 * The nights the holder holds, in order.
	 */
	@Transactional(readOnly = true)
	public List<HeldNight> heldBy(Holder holder, String holderRef) {
		return this.jdbc.sql("""
				SELECT unit_id, night, holder, holder_ref FROM inventory_nights
				WHERE holder = :holder AND holder_ref = :ref
				ORDER BY night, unit_id
				""")
			.param("holder", holder.code())
			.param("ref", holderRef)
			.query((rs, row) -> new HeldNight(rs.getLong("unit_id"), rs.getDate("night").toLocalDate(),
					Holder.ofCode(rs.getString("holder")), rs.getString("holder_ref")))
			.list();
	}

	/**
	 * Takes the unit off sale for the period, as long as no night of it is held.
	 * @throws NightsUnavailableException when a night is already held
	 */
	@Transactional
	public ManualBlockView block(long unitId, StayPeriod period, String reason, String actor) {
		Instant now = this.clock.instant();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO manual_blocks (unit_id, start_date, end_date, reason, created_by, created_at)
				VALUES (:unit, :start, :end, :reason, :actor, :now)
				""")
			.param("unit", unitId)
			.param("start", Date.valueOf(period.checkIn()))
			.param("end", Date.valueOf(period.checkOut()))
			.param("reason", reason)
			.param("actor", actor)
			.param("now", Timestamp.from(now))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		ManualBlockView block = new ManualBlockView(id, unitId, period, reason, actor, now, null);
		claim(unitId, period, Holder.MANUAL_BLOCK, block.holderRef());
		this.audit.record(actor, "block.created", "manual_block", String.valueOf(id),
				"unit " + unitId + " " + period + ": " + reason);
		return block;
	}

	/**
	 * Puts the nights of a manual block back on sale.
	 * @throws UnknownBlockException when there is no such block still holding nights
	 */
	@Transactional
	public void unblock(long blockId, String actor) {
		int updated = this.jdbc.sql("""
				UPDATE manual_blocks SET released_at = :now, released_by = :actor
				WHERE id = :id AND released_at IS NULL
				""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("actor", actor)
			.param("id", blockId)
			.update();
		if (updated == 0) {
			throw new UnknownBlockException(blockId);
		}
		int released = release(Holder.MANUAL_BLOCK, "MB-" + blockId);
		this.audit.record(actor, "block.removed", "manual_block", String.valueOf(blockId),
				released + " nights back on sale");
	}

	/**
	 * The manual blocks still holding nights that end after {@code from}.
	 */
	@Transactional(readOnly = true)
	public List<ManualBlockView> blocks(LocalDate from) {
		return this.jdbc.sql("""
				SELECT id, unit_id, start_date, end_date, reason, created_by, created_at, released_at
				FROM manual_blocks WHERE released_at IS NULL AND end_date > :from ORDER BY start_date, id
				""")
			.param("from", Date.valueOf(from))
			.query((rs, row) -> new ManualBlockView(rs.getLong("id"), rs.getLong("unit_id"),
					new StayPeriod(rs.getDate("start_date").toLocalDate(), rs.getDate("end_date").toLocalDate()),
					rs.getString("reason"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
					null))
			.list();
	}

	private void insertNights(long unitId, StayPeriod stay, Holder holder, String holderRef) {
		List<LocalDate> nights = stay.nights();
		StringBuilder sql = new StringBuilder(
				"INSERT INTO inventory_nights (unit_id, night, holder, holder_ref, created_at) VALUES ");
		List<Object> params = new ArrayList<>(nights.size() * 5);
		Timestamp now = Timestamp.from(this.clock.instant());
		for (int i = 0; i < nights.size(); i++) {
			sql.append((i == 0) ? "(?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?)");
			params.add(unitId);
			params.add(Date.valueOf(nights.get(i)));
			params.add(holder.code());
			params.add(holderRef);
			params.add(now);
		}
		this.jdbc.sql(sql.toString()).params(params).update();
	}

}
