package io.sekisho.password.benchmarks;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import io.sekisho.password.Verdict;

/** The time of one check of a long random input (zxcvbn4j alone: 12–20 s for 1,000 characters). */
@State(Scope.Benchmark)
public class LongInputBenchmark {

	@Param({ "1000", "10000" })
	public int length;

	private final CheckBenchmark typical = new CheckBenchmark();
	private char[] input;

	@Setup(Level.Trial)
	public void setUp() {
		typical.setUp();
		Random random = new Random(42);
		String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789#%+=?!"; //$NON-NLS-1$
		input = new char[length];
		for (int i = 0; i < length; i++) {
			input[i] = alphabet.charAt(random.nextInt(alphabet.length()));
		}
	}

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	public Verdict check() {
		return typical.checker.check(input, typical.context);
	}
}
