package io.sekisho.password.fingerprint;

import java.security.SecureRandom;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;

import io.sekisho.password.internal.Secrets;

/** Computes Argon2id fingerprints (Bouncy Castle); the password is copied to UTF-8 bytes that are wiped. */
public final class Argon2Fingerprinter {

	public static final int SALT_BYTES = 16;
	public static final int HASH_BYTES = 32;

	private Argon2Fingerprinter() {
	}

	public static Fingerprint fingerprint(CharSequence password, byte[] salt, Argon2Parameters parameters) {
		return new Fingerprint(parameters, salt, hash(password, salt, null, parameters));
	}

	/**
	 * Raw Argon2id output, optionally keyed with a secret (Argon2's K input): without the secret the output
	 * cannot be reproduced at any cost.
	 */
	public static byte[] hash(CharSequence password, byte[] salt, byte[] secret, Argon2Parameters parameters) {
		org.bouncycastle.crypto.params.Argon2Parameters.Builder builder = new org.bouncycastle.crypto.params.Argon2Parameters.Builder(
				org.bouncycastle.crypto.params.Argon2Parameters.ARGON2_id)
				.withVersion(org.bouncycastle.crypto.params.Argon2Parameters.ARGON2_VERSION_13)
				.withMemoryAsKB(parameters.memoryKiB()).withIterations(parameters.iterations())
				.withParallelism(parameters.parallelism()).withSalt(salt);
		if (secret != null) {
			builder.withSecret(secret);
		}
		org.bouncycastle.crypto.params.Argon2Parameters params = builder.build();
		Argon2BytesGenerator generator = new Argon2BytesGenerator();
		generator.init(params);
		byte[] out = new byte[HASH_BYTES];
		// our own wipeable UTF-8 bytes: generateBytes(char[]) would convert into a copy it never wipes
		byte[] utf8 = Secrets.utf8(password);
		try {
			generator.generateBytes(utf8, out);
		} finally {
			Secrets.wipe(utf8);
			params.clear();
			builder.clear();
		}
		return out;
	}

	public static byte[] newSalt() {
		byte[] salt = new byte[SALT_BYTES];
		new SecureRandom().nextBytes(salt);
		return salt;
	}
}
