package dev.ilrsh.anonymise;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.crypto.Mac;

/**
 * Random-looking choices that depend only on the secret and what they are for: the bytes of HMAC-SHA256 over a
 * purpose, an input and a counter. The same purpose and input always give the same choices.
 */
final class KeyedRandom {

	private final Mac mac;
	private final byte[] prefix;
	private byte[] block;
	private int used;
	private int counter;

	private KeyedRandom(Mac mac, byte[] prefix) {
		this.mac = mac;
		this.prefix = prefix;
		this.used = 32;
	}

	/** The choices for {@code input} within {@code purpose}, at the given attempt. */
	static KeyedRandom of(Mac mac, String purpose, String input, int attempt) {
		byte[] p = (purpose + '\u0000' + input + '\u0000' + attempt).getBytes(StandardCharsets.UTF_8);
		return new KeyedRandom(mac, p);
	}

	/** A number from 0 to bound - 1. */
	int next(int bound) {
		return (int) Long.remainderUnsigned(nextLong(), bound);
	}

	long nextLong() {
		if (used + 8 > 32) {
			mac.update(prefix);
			mac.update(ByteBuffer.allocate(4).putInt(counter++).array());
			block = mac.doFinal();
			used = 0;
		}
		long v = ByteBuffer.wrap(block, used, 8).getLong();
		used += 8;
		return v;
	}

	/** One character of {@code choices}. */
	char pick(String choices) {
		return choices.charAt(next(choices.length()));
	}

	/** A keyed function of a number, for the rounds of {@link NumberPermutation}. */
	static long mix(Mac mac, byte[] purpose, int round, long value) {
		mac.update(purpose);
		mac.update(ByteBuffer.allocate(12).putInt(round).putLong(value).array());
		return ByteBuffer.wrap(mac.doFinal()).getLong();
	}
}
