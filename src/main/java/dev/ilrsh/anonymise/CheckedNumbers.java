package dev.ilrsh.anonymise;

import dev.ilrsh.cancel.Cancellation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongUnaryOperator;
import javax.crypto.Mac;

/**
 * Replacements for identifiers that end in a check digit (ULNs, employer numbers). A number whose check digit is
 * right gets a replacement whose check digit is right; a wrong one gets a wrong one, so the rules on check digits
 * fire as before. Distinct numbers get distinct replacements, none of them a number of the original file, and one
 * value (the "not known" number) is kept. Numbers of another length are shuffled among numbers of their length.
 *
 * <p>
 * Replacements come from a keyed shuffle of the stems (the digits before the check digit), walked along until one
 * of the same kind is found that is not taken: the same number gets the same replacement in every file with the
 * same key, unless that replacement is a number in the file itself.
 */
final class CheckedNumbers {

	private final Mac mac;
	private final String purpose;
	private final int digits;
	private final LongUnaryOperator checkDigit;
	private final long kept;
	private final long max;
	private final Set<Long> originals = new HashSet<>();
	private final Set<Long> used = new HashSet<>();
	private final Map<Long, Long> replacements = new HashMap<>();
	private final Map<Integer, NumberPermutation> shuffles = new HashMap<>();

	/**
	 * @param digits how many digits a well-formed number has, check digit included
	 * @param checkDigit the check digit a number calls for (its last digit is ignored), or -1 when none can be right
	 * @param kept the value kept as it is
	 * @param max the largest value the field can hold
	 */
	CheckedNumbers(Mac mac, String purpose, int digits, LongUnaryOperator checkDigit, long kept, long max) {
		this.mac = mac;
		this.purpose = purpose;
		this.digits = digits;
		this.checkDigit = checkDigit;
		this.kept = kept;
		this.max = max;
	}

	/** Works out every replacement for these numbers, in numeric order so the file's order does not matter. */
	void prepare(Set<Long> numbers) {
		originals.addAll(numbers);
		for (long n : new TreeSet<>(numbers)) {
			Cancellation.check();
			replacements.put(n, n == kept ? kept : choose(n));
		}
	}

	/** The replacement of a number given to {@link #prepare}. */
	long of(long number) {
		Long r = replacements.get(number);
		if (r == null) {
			throw new IllegalStateException("no replacement was prepared for a " + purpose);
		}
		return r;
	}

	boolean isKept(long number) {
		return number == kept;
	}

	/** Whether a number of the new file is one of the original numbers (the kept value aside). */
	boolean isOriginal(long number) {
		return number != kept && originals.contains(number);
	}

	int originals() {
		return (int) originals.stream().filter(n -> n != kept).count();
	}

	private long choose(long number) {
		int length = number <= 0 ? 0 : Long.toString(number).length();
		if (length != digits) {
			return chooseOther(number, length);
		}
		long stem = number / 10;
		int last = (int) (number % 10);
		int right = (int) checkDigit.applyAsLong(number);
		boolean checkable = right >= 0;
		int rank = checkable && last != right ? rankAmongWrong(last, right) : -1;
		long low = pow10(digits - 2);
		NumberPermutation shuffle = shuffle(digits, 9 * low);
		long t = stem - low;
		while (true) {
			t = shuffle.apply(t);
			long candidateStem = t + low;
			int candidateRight = (int) checkDigit.applyAsLong(candidateStem * 10);
			if (candidateRight >= 0 != checkable) {
				continue;
			}
			int lastDigit = !checkable ? last : rank < 0 ? candidateRight : wrongDigit(rank, candidateRight);
			long candidate = candidateStem * 10 + lastDigit;
			if (take(candidate)) {
				return candidate;
			}
		}
	}

	/** Numbers of another length (or none): shuffled among the numbers of their own length. */
	private long chooseOther(long number, int length) {
		int n = Math.max(1, Math.min(length, 18));
		long low = n == 1 ? 0 : pow10(n - 1);
		NumberPermutation shuffle = shuffle(-n, pow10(n) - low);
		long t = Math.floorMod(number, shuffle.size());
		for (long step = 0; step < shuffle.size(); step++) {
			t = shuffle.apply(t);
			if (take(t + low)) {
				return t + low;
			}
		}
		// every number of this length is taken: use the next length
		return chooseOther(number, n + 1);
	}

	private boolean take(long candidate) {
		if (candidate == kept || candidate > max || originals.contains(candidate) || used.contains(candidate)) {
			return false;
		}
		used.add(candidate);
		return true;
	}

	private NumberPermutation shuffle(int length, long size) {
		return shuffles.computeIfAbsent(length, k -> new NumberPermutation(mac, purpose + " " + k, size));
	}

	/** The position of a wrong last digit among the nine wrong ones. */
	private static int rankAmongWrong(int digit, int right) {
		return digit < right ? digit : digit - 1;
	}

	private static int wrongDigit(int rank, int right) {
		return rank < right ? rank : rank + 1;
	}

	private static long pow10(int n) {
		long p = 1;
		for (int i = 0; i < n; i++) {
			p *= 10;
		}
		return p;
	}
}
