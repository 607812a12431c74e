package org.pondok.channel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * How a feed's blocked nights change the blocks of its last good import, decided by
 * nights and not by UIDs: blocks whose nights are all still blocked stay as they are
 * (whatever UID the OTA gives them today); a block that lost a night, or touches a new
 * one, is released and its remaining nights claimed again with the new ones.
 */
final class BlockPlan {

	private final List<StoredBlock> released;

	private final List<Run> runs;

	private final int removed;

	private BlockPlan(List<StoredBlock> released, List<Run> runs, int removed) {
		this.released = released;
		this.runs = runs;
		this.removed = removed;
	}

	static BlockPlan of(Collection<StoredBlock> blocks, NavigableSet<LocalDate> wanted) {
		Set<LocalDate> held = new TreeSet<>();
		blocks.forEach((block) -> held.addAll(block.nights()));
		NavigableSet<LocalDate> added = new TreeSet<>(wanted);
		added.removeAll(held);
		List<StoredBlock> affected = new ArrayList<>();
		for (StoredBlock block : blocks) {
			boolean lost = block.nights().stream().anyMatch((night) -> !wanted.contains(night));
			boolean touched = added.contains(block.end()) || added.contains(block.start().minusDays(1));
			if (lost || touched) {
				affected.add(block);
			}
		}
		NavigableSet<LocalDate> claimed = new TreeSet<>(added);
		for (StoredBlock block : affected) {
			block.nights().stream().filter(wanted::contains).forEach(claimed::add);
		}
		List<Run> runs = new ArrayList<>();
		Set<StoredBlock> associated = new LinkedHashSet<>();
		for (List<LocalDate> nights : consecutive(claimed)) {
			LocalDate start = nights.get(0);
			LocalDate end = nights.get(nights.size() - 1).plusDays(1);
			StoredBlock previous = null;
			for (StoredBlock block : affected) {
				if (!block.end().isBefore(start) && !block.start().isAfter(end)) {
					associated.add(block);
					previous = (previous != null) ? previous : block;
				}
			}
			runs.add(new Run(start, end, previous));
		}
		return new BlockPlan(affected, runs, (int) affected.stream().filter((b) -> !associated.contains(b)).count());
	}

	static List<List<LocalDate>> consecutive(NavigableSet<LocalDate> nights) {
		List<List<LocalDate>> runs = new ArrayList<>();
		List<LocalDate> run = new ArrayList<>();
		for (LocalDate night : nights) {
			if (!run.isEmpty() && !run.get(run.size() - 1).plusDays(1).equals(night)) {
				runs.add(run);
				run = new ArrayList<>();
			}
			run.add(night);
		}
		if (!run.isEmpty()) {
			runs.add(run);
		}
		return runs;
	}

	/**
	 * The blocks to release before claiming.
	 */
	List<StoredBlock> released() {
		return this.released;
	}

	/**
	 * The runs of nights to claim, each with the released block it continues, if any.
	 */
	List<Run> runs() {
		return this.runs;
	}

	int added() {
		return (int) this.runs.stream().filter((run) -> run.previous() == null).count();
	}

	int changed() {
		return (int) this.runs.stream().filter((run) -> run.previous() != null).count();
	}

	int removed() {
		return this.removed;
	}

	boolean changesNothing() {
		return this.released.isEmpty() && this.runs.isEmpty();
	}

	/**
	 * A block of the last good import, its nights cut to the import window.
	 */
	record StoredBlock(long id, long unitId, LocalDate start, LocalDate end) {

		List<LocalDate> nights() {
			return this.start.datesUntil(this.end).toList();
		}

	}

	record Run(LocalDate start, LocalDate end, @Nullable StoredBlock previous) {
	}

}
