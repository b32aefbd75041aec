package io.sekisho.password.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import io.sekisho.password.fingerprint.Argon2Fingerprinter;
import io.sekisho.password.fingerprint.Argon2Parameters;
import io.sekisho.password.fingerprint.Fingerprint;

/** The cost of one Argon2id fingerprint with Sekisho's parameters (what a defender pays per check and an attacker per guess). */
@State(Scope.Benchmark)
public class FingerprintBenchmark {

	private final byte[] salt = new byte[32];

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	public Fingerprint argon2idSekisho() {
		return Argon2Fingerprinter.fingerprint("Vq7#mZ2!kR9w$Lp4", salt, Argon2Parameters.SEKISHO); //$NON-NLS-1$
	}

	/** The parameters before issue 19 (19 MiB, t=2), measured in the same run for a fair ratio. */
	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	public Fingerprint argon2idSekisho2025() {
		return Argon2Fingerprinter.fingerprint("Vq7#mZ2!kR9w$Lp4", salt, Argon2Parameters.SEKISHO_2025); //$NON-NLS-1$
	}
}
