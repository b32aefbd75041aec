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
	 * Sekisho's parameters: 19 MiB, 2 passes, 1 lane, the first of OWASP's recommended Argon2id settings (RFC 9106
	 * names 64 MiB/3 passes as its low-memory choice). Measured cost with Bouncy Castle 1.83 on JDK 25: 44 ms per
	 * fingerprint (100 ms under heavy load) on the shared 2-core build machine (JMH FingerprintBenchmark in
	 * releng/io.sekisho.password.benchmarks, RESULTS.md). An attacker pays the same 19 MiB and two passes per guess and per
	 * facility salt; GPUs gain far less on Argon2id than on SHA-1 or bcrypt because each guess needs its memory.
	 */
	public static final Argon2Parameters SEKISHO = new Argon2Parameters(19 * 1024, 2, 1);

	public Argon2Parameters {
		if (memoryKiB < 8 * parallelism || iterations < 1 || parallelism < 1) {
			throw new IllegalArgumentException("argon2id m=" + memoryKiB + ",t=" + iterations + ",p=" + parallelism); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}
}
