package io.sekisho.password.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;

/** zxcvbn4j alone on the same typical inputs, for comparison with {@link CheckBenchmark#typical()}. */
@State(Scope.Benchmark)
public class ZxcvbnBaselineBenchmark {

	private static final String[] TYPICAL = { "Administrator", "12345678", "pa$$w0rd", "i234567&9", "KoroHospital", "KoroTaro", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"Password1!", "sakura2024", "1qaz2wsx", "Tokyo!Sakura", "vR7#kq!Lm2Zx9@Tp", "N4f;Wc8%tJu3^Ge6", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"Hy9~Pe5&Vr2*Kc7=", "correcthorse9!", "Kango-Shi2025", "qwertyuiop12" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private final Zxcvbn zxcvbn = new Zxcvbn();
	private int next;

	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	public Strength zxcvbnAlone() {
		return zxcvbn.measure(TYPICAL[next++ & 15]);
	}
}
