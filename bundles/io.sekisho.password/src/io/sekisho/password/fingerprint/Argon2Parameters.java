package io.sekisho.password.fingerprint;

/**
 * Cost parameters of an Argon2id computation.
 *
 * @param memoryKiB memory in KiB
 * @param iterations passes over the memory
 * @param parallelism lanes
 */
public record Argon2Parameters(int memoryKiB, int iterations, int parallelism) {

	/**
	 * Sekisho's parameters for new fingerprints since issue 19: RFC 9106's second recommended option, 64 MiB, 3
	 * passes, 1 lane. These fingerprints are computed rarely (an assessment, a live check after a pause) and stored
	 * beside hints, so they take the offline-attack setting rather than OWASP's online-login minimum. Measured with
	 * Bouncy Castle on JDK 25 in releng/io.sekisho.password.benchmarks (see the security note for the numbers).
	 */
	public static final Argon2Parameters SEKISHO = new Argon2Parameters(64 * 1024, 3, 1);

	/**
	 * The parameters of fingerprints written before issue 19 (19 MiB, 2 passes, 1 lane, OWASP's minimum); they still
	 * verify, because every fingerprint carries its scheme, and the vault's tags keep them (see FilePasswordVault).
	 */
	public static final Argon2Parameters SEKISHO_2025 = new Argon2Parameters(19 * 1024, 2, 1);

	/** Upper bounds for parameters read from a file: a crafted file must not choose an unbounded cost. */
	public static final int MAX_MEMORY_KIB = 256 * 1024;
	public static final int MAX_ITERATIONS = 10;
	public static final int MAX_PARALLELISM = 8;

	/** @return true when a computation with these parameters is bounded enough to run on input from a file */
	public boolean withinBounds() {
		return memoryKiB <= MAX_MEMORY_KIB && iterations <= MAX_ITERATIONS && parallelism <= MAX_PARALLELISM;
	}

	public Argon2Parameters {
		if (memoryKiB < 8 * parallelism || iterations < 1 || parallelism < 1) {
			throw new IllegalArgumentException("argon2id m=" + memoryKiB + ",t=" + iterations + ",p=" + parallelism); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}
}
