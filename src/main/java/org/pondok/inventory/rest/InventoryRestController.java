package org.pondok.inventory.rest;

import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.pondok.catalog.Catalog;
import org.pondok.catalog.RoomView;
import org.pondok.catalog.UnitView;
import org.pondok.inventory.Inventory;
import org.pondok.inventory.ManualBlockView;
import org.pondok.inventory.NightsUnavailableException;
import org.pondok.inventory.UnknownBlockException;
import org.pondok.shared.Problems;
import org.pondok.shared.StayPeriod;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class InventoryRestController {

	private static final int MAX_DAYS = 400;

	private final Inventory inventory;

	private final Catalog catalog;

	InventoryRestController(Inventory inventory, Catalog catalog) {
		this.inventory = inventory;
		this.catalog = catalog;
	}

	@GetMapping("/inventory")
	@PreAuthorize("hasAuthority('inventory.read')")
	Items<Night> held(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		period(from, to);
		Map<Long, Unit> units = units();
		return new Items<>(this.inventory.held(from, to).stream().map((night) -> {
			Unit unit = units.getOrDefault(night.unitId(), new Unit("?", String.valueOf(night.unitId())));
			return new Night(unit.roomCode(), unit.code(), night.night(), night.holder().code(), night.holderRef());
		}).toList());
	}

	@GetMapping("/blocks")
	@PreAuthorize("hasAuthority('inventory.read')")
	Items<Block> blocks() {
		Map<Long, Unit> units = units();
		return new Items<>(
				this.inventory.blocks(this.catalog.today()).stream().map((block) -> Block.of(block, units)).toList());
	}

	@PostMapping("/blocks")
	@PreAuthorize("hasAuthority('inventory.write')")
	ResponseEntity<Block> block(@RequestBody @Valid BlockRequest body, Principal principal) {
		StayPeriod period = period(body.from(), body.to());
		Map<Long, Unit> units = units();
		long unitId = units.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().code().equalsIgnoreCase(body.unit()))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow(() -> new InvalidRequestException("unit", "There is no unit '" + body.unit() + "'"));
		ManualBlockView block = this.inventory.block(unitId, period, body.reason().trim(), principal.getName());
		return ResponseEntity.created(URI.create("/api/v1/blocks/" + block.id())).body(Block.of(block, units));
	}

	@DeleteMapping("/blocks/{id}")
	@PreAuthorize("hasAuthority('inventory.write')")
	ResponseEntity<Void> unblock(@PathVariable long id, Principal principal) {
		this.inventory.unblock(id, principal.getName());
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(InvalidRequestException.class)
	ProblemDetail invalid(InvalidRequestException ex) {
		return Problems.validation(ex.field, ex.getMessage());
	}

	@ExceptionHandler(NightsUnavailableException.class)
	ProblemDetail unavailable(NightsUnavailableException ex) {
		return Problems.of(HttpStatus.CONFLICT, Problems.UNAVAILABLE, "Not available", ex.getMessage());
	}

	@ExceptionHandler(UnknownBlockException.class)
	ProblemDetail unknown(UnknownBlockException ex) {
		return Problems.notFound(ex.getMessage());
	}

	private Map<Long, Unit> units() {
		Map<Long, Unit> units = new HashMap<>();
		for (RoomView room : this.catalog.rooms()) {
			for (UnitView unit : room.units()) {
				units.put(unit.id(), new Unit(room.code(), unit.code()));
			}
		}
		return units;
	}

	private static StayPeriod period(LocalDate from, LocalDate to) {
		if (!to.isAfter(from)) {
			throw new InvalidRequestException("to", "must be after from");
		}
		if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
			throw new InvalidRequestException("to", "a period is at most " + MAX_DAYS + " days");
		}
		return new StayPeriod(from, to);
	}

	record Items<T>(List<T> items) {
	}

	record Night(String roomCode, String unit, LocalDate date, String holder, String reference) {
	}

	record Block(long id, String roomCode, String unit, LocalDate from, LocalDate to, String reason, String createdBy) {

		static Block of(ManualBlockView block, Map<Long, Unit> units) {
			Unit unit = units.getOrDefault(block.unitId(), new Unit("?", String.valueOf(block.unitId())));
			return new Block(block.id(), unit.roomCode(), unit.code(), block.period().checkIn(),
					block.period().checkOut(), block.reason(), block.createdBy());
		}

	}

	record BlockRequest(@NotBlank @Size(max = 32) String unit, @NotNull LocalDate from, @NotNull LocalDate to,
			@NotBlank @Size(max = 500) String reason) {
	}

	private record Unit(String roomCode, String code) {
	}

	static class InvalidRequestException extends RuntimeException {

		private final String field;

		InvalidRequestException(String field, String message) {
			super(message);
			this.field = field;
		}

	}

}
