package dev.ilrsh.anonymise;

import dev.ilrsh.cancel.Cancellation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import javax.crypto.Mac;

/**
 * The replacements of one kind of personal text in a file. Every original is known before any replacement is
 * chosen, so that no replacement is an original value of the file, and replacements are chosen in the order of the
 * originals' keys rather than the file's, so the same originals get the same replacements whatever their order.
 */
final class TextReplacements {

	/** Attempts at a replacement before giving up avoiding original values (possible only for 1- or 2-letter values). */
	private static final int ATTEMPTS = 200;

	private final Mac mac;
	private final Treatment treatment;
	private final TextForm form;
	private final Set<String> originalKeys = new HashSet<>();
	private final Set<String> usedKeys = new HashSet<>();
	private final Map<String, String> chosen = new HashMap<>();
	private int compromised;

	TextReplacements(Mac mac, Treatment treatment) {
		this.mac = mac;
		this.treatment = treatment;
		this.form = TextForm.of(treatment);
	}

	/** Whether a value is worth replacing: text with no letter or digit says nothing about anyone. */
	boolean replaces(String original) {
		return Letters.meaningful(original) && !(treatment == Treatment.POSTCODE && Forms.isUnknownPostcode(original));
	}

	/** Works out the replacement of each of these originals. */
	void prepare(Iterable<String> originals) {
		Map<String, String> representative = new TreeMap<>();
		for (String o : originals) {
			if (replaces(o)) {
				String key = form.key(o);
				originalKeys.add(key);
				representative.merge(key, o, (a, b) -> a.compareTo(b) <= 0 ? a : b);
			}
		}
		for (Map.Entry<String, String> e : representative.entrySet()) {
			Cancellation.check();
			chosen.put(e.getKey(), choose(e.getKey(), e.getValue()));
		}
	}

	/** The replacement of an original given to {@link #prepare}; values not worth replacing come back as they are. */
	String of(String original) {
		if (!replaces(original)) {
			return original;
		}
		String made = chosen.get(form.key(original));
		if (made == null) {
			throw new IllegalStateException("no replacement was prepared for a " + treatment.label());
		}
		return form.render(made, original);
	}

	/** Whether a value of the new file is (in the sense of its key) an original value of this kind. */
	boolean isOriginal(String value) {
		return value != null && replaces(value) && originalKeys.contains(form.key(value));
	}

	int originals() {
		return originalKeys.size();
	}

	/** Replacements that had to be an original value or repeat another (values too short to do otherwise). */
	int compromised() {
		return compromised;
	}

	private String choose(String key, String original) {
		Boolean form0 = form.wellFormed(original);
		String last = null;
		for (int attempt = 0; attempt < 2 * ATTEMPTS; attempt++) {
			String made = form.makeUp(KeyedRandom.of(mac, treatment.name(), key, attempt), original);
			if (!Objects.equals(form.wellFormed(made), form0)) {
				continue;
			}
			last = made;
			String madeKey = form.key(made);
			if (form.distinct() && usedKeys.contains(madeKey)) {
				continue;
			}
			if (originalKeys.contains(madeKey)) {
				if (attempt < ATTEMPTS) {
					continue;
				}
				compromised++;
			}
			usedKeys.add(madeKey);
			return made;
		}
		if (last == null) {
			throw new IllegalStateException("no replacement of the same form could be made up for a " + treatment.label());
		}
		compromised++;
		return last;
	}
}
