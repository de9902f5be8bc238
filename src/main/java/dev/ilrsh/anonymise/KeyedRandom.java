package dev.ilrsh.anonymise;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import javax.crypto.Mac;

/**
 * Random-looking choices that depend only on the secret and what they are for: a generator seeded with
 * HMAC-SHA256 of the purpose, the input and the attempt. The same purpose and input always give the same choices;
 * without the secret they cannot be worked out, and the choices reveal nothing of it.
 */
final class KeyedRandom {

	private final SplittableRandom random;

	private KeyedRandom(long seed) {
		this.random = new SplittableRandom(seed);
	}

	/** The choices for {@code input} within {@code purpose}, at the given attempt. */
	static KeyedRandom of(Mac mac, String purpose, String input, int attempt) {
		mac.update((purpose + '\u0000' + input + '\u0000' + attempt).getBytes(StandardCharsets.UTF_8));
		return new KeyedRandom(ByteBuffer.wrap(mac.doFinal()).getLong());
	}

	/** A number from 0 to bound - 1. */
	int next(int bound) {
		return random.nextInt(bound);
	}

	/** One character of {@code choices}. */
	char pick(String choices) {
		return choices.charAt(random.nextInt(choices.length()));
	}

	/** A keyed function of a number, for the rounds of {@link NumberPermutation}. */
	static long mix(Mac mac, byte[] purpose, int round, long value) {
		mac.update(purpose);
		mac.update(ByteBuffer.allocate(12).putInt(round).putLong(value).array());
		return ByteBuffer.wrap(mac.doFinal()).getLong();
	}
}
