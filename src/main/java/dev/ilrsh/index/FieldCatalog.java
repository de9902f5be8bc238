package dev.ilrsh.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The fields of one index, looked up by name without regard to case. */
public final class FieldCatalog {

	private final Map<String, IndexField> byLowerName = new ConcurrentHashMap<>();

	FieldCatalog() {
	}

	/** Registers a field, or widens the targets of one already known; returns the field as registered. */
	IndexField register(String name, FieldKind kind, boolean countable, Target target, boolean derived,
			String description) {
		IndexField fast = byLowerName.get(name.toLowerCase(Locale.ROOT));
		if (fast != null && fast.targets().contains(target)) {
			return fast;
		}
		return registerSlowly(name, kind, countable, target, derived, description);
	}

	private synchronized IndexField registerSlowly(String name, FieldKind kind, boolean countable, Target target,
			boolean derived, String description) {
		String key = name.toLowerCase(Locale.ROOT);
		IndexField known = byLowerName.get(key);
		if (known != null) {
			if (!known.targets().contains(target)) {
				Set<Target> targets = EnumSet.of(target);
				targets.addAll(known.targets());
				known = new IndexField(known.name(), known.kind(), known.countable(), targets, known.derived(),
						known.description());
				byLowerName.put(key, known);
			}
			return known;
		}
		IndexField field = new IndexField(name, kind, countable, EnumSet.of(target), derived, description);
		byLowerName.put(key, field);
		return field;
	}

	/** The field of this name in any case, if the index has it. */
	public Optional<IndexField> lookup(String name) {
		return name == null ? Optional.empty() : Optional.ofNullable(byLowerName.get(name.toLowerCase(Locale.ROOT)));
	}

	/** Every field, sorted by name. */
	public List<IndexField> all() {
		return sorted(byLowerName.values());
	}

	/** The fields {@code count} can group by, sorted by name. */
	public List<IndexField> countable() {
		return sorted(byLowerName.values().stream().filter(IndexField::countable).toList());
	}

	/** Field names starting with {@code prefix} (any case), sorted. */
	public List<String> namesStartingWith(String prefix) {
		String p = prefix == null ? "" : prefix.toLowerCase(Locale.ROOT);
		return all().stream().map(IndexField::name).filter(n -> n.toLowerCase(Locale.ROOT).startsWith(p)).toList();
	}

	/** Up to {@code limit} names nearest to {@code name} by edit distance (ignoring case), nearest first. */
	public List<String> nearest(String name, int limit, Collection<IndexField> among) {
		String n = name.toLowerCase(Locale.ROOT);
		record Scored(String name, int distance) {
		}
		List<Scored> scored = new ArrayList<>();
		for (IndexField f : among) {
			String candidate = f.name().toLowerCase(Locale.ROOT);
			int d = distance(n, candidate);
			if (candidate.startsWith(n) || candidate.contains(n) && n.length() >= 3) {
				d = Math.min(d, 1);
			}
			// a misspelt start of a long name ("Famly" for FamilyName) is nearer than a short unrelated one (ACL)
			for (int k = Math.max(1, n.length() - 1); k <= Math.min(candidate.length() - 1, n.length() + 1); k++) {
				d = Math.min(d, distance(n, candidate.substring(0, k)) + 1);
			}
			scored.add(new Scored(f.name(), d));
		}
		scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
		return scored.stream().limit(limit).map(Scored::name).toList();
	}

	private static List<IndexField> sorted(Collection<IndexField> fields) {
		List<IndexField> list = new ArrayList<>(fields);
		list.sort(Comparator.comparing(f -> f.name().toLowerCase(Locale.ROOT)));
		return list;
	}

	static int distance(String a, String b) {
		return dev.ilrsh.text.EditDistance.between(a, b);
	}
}
