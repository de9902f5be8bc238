package dev.ilrsh.anonymise;

import java.nio.charset.StandardCharsets;
import javax.crypto.Mac;

/**
 * A keyed shuffle of the numbers 0 to size - 1: every number has exactly one image and one preimage, so distinct
 * identifiers stay distinct. A balanced Feistel network (HMAC-SHA256 rounds) over the smallest even number of bits
 * that holds the range; images outside the range are shuffled again until they fall in it (cycle walking).
 */
final class NumberPermutation {

	private static final int ROUNDS = 6;

	private final Mac mac;
	private final byte[] purpose;
	private final long size;
	private final int half;
	private final long mask;

	NumberPermutation(Mac mac, String purpose, long size) {
		if (size < 2) {
			throw new IllegalArgumentException("nothing to shuffle in a range of " + size);
		}
		this.mac = mac;
		this.purpose = purpose.getBytes(StandardCharsets.UTF_8);
		this.size = size;
		int bits = 64 - Long.numberOfLeadingZeros(size - 1);
		this.half = (bits + 1) / 2;
		this.mask = (1L << half) - 1;
	}

	long size() {
		return size;
	}

	/** The image of {@code x}, which must be in the range. */
	long apply(long x) {
		if (x < 0 || x >= size) {
			throw new IllegalArgumentException(x + " is outside 0 to " + (size - 1));
		}
		long y = x;
		do {
			y = once(y);
		}
		while (y >= size);
		return y;
	}

	private long once(long x) {
		long left = x >>> half;
		long right = x & mask;
		for (int round = 0; round < ROUNDS; round++) {
			long next = left ^ (KeyedRandom.mix(mac, purpose, round, right) & mask);
			left = right;
			right = next;
		}
		return (left << half) | right;
	}
}
