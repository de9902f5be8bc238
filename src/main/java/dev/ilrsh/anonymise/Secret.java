package dev.ilrsh.anonymise;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key every replacement is derived from. From a passphrase the key is always the same, so the same value gets
 * the same replacement in every file anonymised with it; without one it is random, and the replacements cannot be
 * repeated or traced back by anyone.
 */
public final class Secret {

	/** Slows guessing a short passphrase from a file anonymised with it. */
	private static final int ITERATIONS = 100_000;
	private static final byte[] SALT = "ilrsh anonymise 2025-26".getBytes(StandardCharsets.UTF_8);

	private final byte[] key;
	private final boolean fromPassphrase;

	private Secret(byte[] key, boolean fromPassphrase) {
		this.key = key;
		this.fromPassphrase = fromPassphrase;
	}

	/** The key a passphrase gives (PBKDF2 with HMAC-SHA256). */
	public static Secret fromPassphrase(String passphrase) {
		if (passphrase == null || passphrase.isEmpty()) {
			throw new IllegalArgumentException("the key must not be empty");
		}
		try {
			PBEKeySpec spec = new PBEKeySpec(passphrase.toCharArray(), SALT, ITERATIONS, 256);
			byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
			spec.clearPassword();
			return new Secret(key, true);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("this Java has no PBKDF2WithHmacSHA256", e);
		}
	}

	/** A new random key, used once and forgotten. */
	public static Secret random() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return new Secret(key, false);
	}

	/** True when the key came from a passphrase, so the replacements can be repeated. */
	public boolean repeatable() {
		return fromPassphrase;
	}

	/** A new HMAC-SHA256 keyed with this secret. */
	Mac mac() {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac;
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("this Java has no HmacSHA256", e);
		}
	}
}
