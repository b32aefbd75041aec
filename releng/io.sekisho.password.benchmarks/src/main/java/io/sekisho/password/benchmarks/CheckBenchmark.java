package io.sekisho.password.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import io.sekisho.password.CheckContext;
import io.sekisho.password.ContextWords;
import io.sekisho.password.PasswordCatalog;
import io.sekisho.password.PasswordChecker;
import io.sekisho.password.Verdict;

/** Checks per second for typical 8–20 character inputs (weak and strong mixed, with the demo facility's context words). */
@State(Scope.Benchmark)
public class CheckBenchmark {

	/** typical inputs: notice examples, common weak choices, random strong ones; 8–20 characters */
	private static final String[] TYPICAL = { "Administrator", "12345678", "pa$$w0rd", "i234567&9", "KoroHospital", "KoroTaro", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"Password1!", "sakura2024", "1qaz2wsx", "Tokyo!Sakura", "vR7#kq!Lm2Zx9@Tp", "N4f;Wc8%tJu3^Ge6", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"Hy9~Pe5&Vr2*Kc7=", "correcthorse9!", "Kango-Shi2025", "qwertyuiop12" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	PasswordChecker checker;
	CheckContext context;
	private int next;

	@Setup(Level.Trial)
	public void setUp() {
		PasswordCatalog catalog = PasswordCatalog.builtin();
		checker = new PasswordChecker(catalog);
		context = CheckContext.builder(catalog.defaultProfile())
				.contextWords(ContextWords.of(List.of("厚労記念病院", "こうろうきねんびょういん", "Koro Kinen Byoin", "厚労 太郎", "Koro Taro"))) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				.build();
	}

	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	public Verdict typical() {
		String password = TYPICAL[next++ & 15];
		return checker.check(password, context);
	}
}
