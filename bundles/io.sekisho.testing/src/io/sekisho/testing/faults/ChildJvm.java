package io.sekisho.testing.faults;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.Assumptions;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Runs a writer in a child JVM with a fault injected: the class path is every bundle of the test runtime (as plain
 * jars or class folders, outside OSGi), the fault comes from faults/sekisho-fault.c, compiled once per run with the
 * C compiler and preloaded (LD_PRELOAD). Linux only; where there is no C compiler the calling test is skipped
 * (an assumption, reported as skipped), never passed.
 */
public final class ChildJvm {

	/** What the child did: its exit code (137 = killed by SIGKILL) and what it printed. */
	public record Outcome(int exitCode, String out, String err) {
		public boolean killed() {
			return exitCode == 128 + 9;
		}

		/** The preloaded library reports every fault it injects; a fault that never fired tests nothing. */
		public boolean faultFired() {
			return err.contains("sekisho-fault:"); //$NON-NLS-1$
		}

		/** @return the "ERROR:" lines the child printed for its throwable and causes */
		public String errors() {
			return String.join("\n", err.lines().filter(l -> l.startsWith("ERROR: ")).toList()); //$NON-NLS-1$ //$NON-NLS-2$
		}

		@Override
		public String toString() {
			return "exit " + exitCode + "\n--- stderr ---\n" + err + "\n--- stdout ---\n" + out; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	private static Path library;

	private ChildJvm() {
	}

	/**
	 * Calls {@code entry.method(args)} in a child JVM whose writes to files named like {@code filePattern} (a
	 * fnmatch pattern on the base name, e.g. {@code .demo.sekisho.*.tmp}) suffer {@code fault}.
	 */
	public static Outcome run(Fault fault, String filePattern, Class<?> entry, String method, String... args)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		command.add("-Xmx256m"); //$NON-NLS-1$
		command.add("-XX:-UsePerfData"); //$NON-NLS-1$
		command.add("-Duser.language=" + Locale.getDefault().getLanguage()); //$NON-NLS-1$
		command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir")); //$NON-NLS-1$ //$NON-NLS-2$
		command.add("-cp"); //$NON-NLS-1$
		command.add(classPath());
		command.add(ChildMain.class.getName());
		command.add(entry.getName());
		command.add(method);
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		if (fault != Fault.NONE) {
			builder.environment().put("LD_PRELOAD", library().toString()); //$NON-NLS-1$
			builder.environment().put("SEKISHO_FAULT", fault.spec()); //$NON-NLS-1$
			builder.environment().put("SEKISHO_FAULT_FILE", filePattern); //$NON-NLS-1$
		}
		Path out = Files.createTempFile("sekisho-child", ".out"); //$NON-NLS-1$ //$NON-NLS-2$
		Path err = Files.createTempFile("sekisho-child", ".err"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
			if (!process.waitFor(180, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError("the child JVM did not end within 180 s: " + Files.readString(err)); //$NON-NLS-1$
			}
			return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
		} finally {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}

	/** The fault library, compiled on first use; skips the calling test where it cannot be built. */
	public static synchronized Path library() throws IOException, InterruptedException {
		if (library != null) {
			return library;
		}
		Assumptions.assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux"), //$NON-NLS-1$ //$NON-NLS-2$
				"fault injection by LD_PRELOAD needs Linux"); //$NON-NLS-1$
		Path dir = Files.createTempDirectory("sekisho-fault"); //$NON-NLS-1$
		Path source = dir.resolve("sekisho-fault.c"); //$NON-NLS-1$
		try (InputStream in = ChildJvm.class.getResourceAsStream("/faults/sekisho-fault.c")) { //$NON-NLS-1$
			if (in == null) {
				throw new IOException("faults/sekisho-fault.c is missing from io.sekisho.testing"); //$NON-NLS-1$
			}
			Files.copy(in, source);
		}
		Path so = dir.resolve("libsekisho-fault.so"); //$NON-NLS-1$
		Process cc;
		try {
			cc = new ProcessBuilder("cc", "-shared", "-fPIC", "-O1", "-o", so.toString(), source.toString(), "-ldl") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
					.redirectErrorStream(true).start();
		} catch (IOException e) {
			Assumptions.abort("no C compiler (cc) to build the fault library: " + e.getMessage()); //$NON-NLS-1$
			throw e;
		}
		String output = new String(cc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (cc.waitFor() != 0) {
			throw new IOException("cc failed on sekisho-fault.c:\n" + output); //$NON-NLS-1$
		}
		library = so;
		return so;
	}

	/** Every bundle and fragment of the running test framework, as class path entries. */
	static String classPath() {
		Set<String> entries = new LinkedHashSet<>();
		Bundle self = FrameworkUtil.getBundle(ChildJvm.class);
		if (self.getBundleContext() == null) {
			try {
				self.start(Bundle.START_TRANSIENT); // only resolved in the test runtime: started, it has a context
			} catch (org.osgi.framework.BundleException e) {
				throw new IllegalStateException("io.sekisho.testing cannot be started to list the bundles", e); //$NON-NLS-1$
			}
		}
		for (Bundle bundle : self.getBundleContext().getBundles()) {
			Optional<File> location = bundle.getBundleId() == 0 ? Optional.empty() : locationOf(bundle);
			if (location.isEmpty()) {
				continue;
			}
			File file = location.get();
			if (file.isDirectory()) {
				// a reactor project in Tycho's dev mode: the classes are in its output folder
				for (String output : new String[] { "target/classes", "bin" }) { //$NON-NLS-1$ //$NON-NLS-2$
					File classes = new File(file, output);
					if (classes.isDirectory()) {
						entries.add(classes.getAbsolutePath());
					}
				}
				entries.add(file.getAbsolutePath()); // resources at the bundle root (editions/, fuzz/ ...)
			} else {
				entries.add(file.getAbsolutePath());
			}
		}
		// the framework itself (NLS, org.osgi.framework): the system bundle has no file location of its own
		java.security.CodeSource framework = Bundle.class.getProtectionDomain().getCodeSource();
		if (framework != null && framework.getLocation() != null) {
			entries.add(new File(framework.getLocation().getPath()).getAbsolutePath());
		}
		return String.join(File.pathSeparator, entries);
	}

	private static Optional<File> locationOf(Bundle bundle) {
		try {
			return FileLocator.getBundleFileLocation(bundle);
		} catch (RuntimeException e) {
			return Optional.empty();
		}
	}
}
