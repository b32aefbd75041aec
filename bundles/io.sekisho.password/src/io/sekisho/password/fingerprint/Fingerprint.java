package io.sekisho.password.fingerprint;

import java.util.Base64;

import org.eclipse.osgi.util.NLS;

import io.sekisho.password.internal.Messages;

/**
 * A slow salted fingerprint of a password, in the PHC string format
 * {@code $argon2id$v=19$m=65536,t=3,p=1$SALT$HASH} (unpadded Base64). Two fingerprints with the same salt and
 * parameters are equal exactly when the passwords are; the salt is per facility, so accounts of one facility
 * can be compared without keeping any password.
 */
public record Fingerprint(Argon2Parameters parameters, byte[] salt, byte[] hash) {

	private static final String PREFIX = "$argon2id$v=19$"; //$NON-NLS-1$

	public Fingerprint {
		salt = salt.clone();
		hash = hash.clone();
	}

	@Override
	public byte[] salt() {
		return salt.clone();
	}

	@Override
	public byte[] hash() {
		return hash.clone();
	}

	/** The algorithm and parameters, e.g. {@code argon2id$v=19$m=65536,t=3,p=1}: fingerprints compare within one scheme. */
	public String scheme() {
		return "argon2id$v=19$m=" + parameters.memoryKiB() + ",t=" + parameters.iterations() + ",p=" + parameters.parallelism(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The hash alone, unpadded Base64 (what a PasswordAssessment stores beside the scheme; the salt is the facility's). */
	public String hashBase64() {
		return Base64.getEncoder().withoutPadding().encodeToString(hash);
	}

	/** Rebuilds a fingerprint from an assessment's scheme and hash and the facility salt. */
	public static Fingerprint of(String scheme, byte[] salt, String hashBase64) {
		return parse("$" + scheme + "$" + Base64.getEncoder().withoutPadding().encodeToString(salt) + "$" + hashBase64); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	public String encoded() {
		Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
		return PREFIX + "m=" + parameters.memoryKiB() + ",t=" + parameters.iterations() + ",p=" + parameters.parallelism() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @throws IllegalArgumentException for anything but Sekisho's own format */
	public static Fingerprint parse(String encoded) {
		try {
			if (!encoded.startsWith(PREFIX)) {
				throw new IllegalArgumentException();
			}
			String[] parts = encoded.substring(PREFIX.length()).split("\\$"); //$NON-NLS-1$
			String[] params = parts[0].split(","); //$NON-NLS-1$
			int m = Integer.parseInt(value(params[0], "m=")); //$NON-NLS-1$
			int t = Integer.parseInt(value(params[1], "t=")); //$NON-NLS-1$
			int p = Integer.parseInt(value(params[2], "p=")); //$NON-NLS-1$
			if (parts.length != 3 || params.length != 3) {
				throw new IllegalArgumentException();
			}
			Argon2Parameters parameters = new Argon2Parameters(m, t, p);
			Base64.Decoder b64 = Base64.getDecoder();
			byte[] salt = b64.decode(parts[1]);
			byte[] hash = b64.decode(parts[2]);
			if (!parameters.withinBounds()) {
				throw new UnacceptableFingerprintException(NLS.bind(Messages.Fingerprint_costTooHigh, new Object[] { m, t, p,
						Argon2Parameters.MAX_MEMORY_KIB, Argon2Parameters.MAX_ITERATIONS, Argon2Parameters.MAX_PARALLELISM }));
			}
			if (salt.length < Argon2Fingerprinter.SALT_BYTES) {
				throw new UnacceptableFingerprintException(NLS.bind(Messages.Fingerprint_saltTooShort, salt.length, Argon2Fingerprinter.SALT_BYTES));
			}
			if (hash.length != Argon2Fingerprinter.HASH_BYTES) {
				throw new IllegalArgumentException();
			}
			return new Fingerprint(parameters, salt, hash);
		} catch (UnacceptableFingerprintException e) {
			throw e;
		} catch (RuntimeException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.Fingerprint_malformed, abbreviate(encoded)), e);
		}
	}

	/**
	 * A fingerprint in Sekisho's format whose cost or salt a file must not choose (an attack on the checker, not an
	 * unknown scheme): callers fail the check with this message instead of skipping the fingerprint.
	 */
	public static final class UnacceptableFingerprintException extends IllegalArgumentException {
		private static final long serialVersionUID = 1L;

		UnacceptableFingerprintException(String message) {
			super(message);
		}
	}

	private static String value(String part, String key) {
		if (!part.startsWith(key)) {
			throw new IllegalArgumentException();
		}
		return part.substring(key.length());
	}

	/** a fingerprint is not secret, but error messages need not repeat all of it */
	private static String abbreviate(String s) {
		return s.length() > 24 ? s.substring(0, 24) + "…" : s; //$NON-NLS-1$
	}

	public boolean sameAs(Fingerprint other) {
		return parameters.equals(other.parameters) && java.security.MessageDigest.isEqual(salt, other.salt)
				&& java.security.MessageDigest.isEqual(hash, other.hash);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Fingerprint f && sameAs(f);
	}

	@Override
	public int hashCode() {
		return java.util.Arrays.hashCode(hash);
	}

	@Override
	public String toString() {
		return encoded();
	}
}
