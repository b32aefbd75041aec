package io.sekisho.cli.tests.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.cli.Sekishoc;
import io.sekisho.cli.tests.CliRun;
import io.sekisho.model.persistence.FacilityFiles;
import io.sekisho.model.persistence.FacilityLock;

/** Every command loads and saves facility files the same way: nothing fetched, nothing overwritten unseen. */
class FacilityFilesCommandsTest {

	@TempDir
	Path dir;
	Path demo;

	@BeforeEach
	void writeDemo() {
		demo = dir.resolve("demo.sekisho");
		CliRun run = CliRun.of("demo", "--out", demo.toString());
		assertEquals(ExitCode.OK, run.exitCode(), run.err());
	}

	@Test
	void aFileNamingAWebAddressIsRefusedByEveryCommandWithoutAConnection() throws IOException {
		try (ServerSocket server = new ServerSocket(0)) {
			AtomicInteger connections = new AtomicInteger();
			Thread accept = new Thread(() -> {
				while (!server.isClosed()) {
					try (Socket s = server.accept()) {
						connections.incrementAndGet();
					} catch (IOException e) {
						return;
					}
				}
			});
			accept.setDaemon(true);
			accept.start();
			Path evil = dir.resolve("evil.sekisho");
			try (InputStream in = getClass().getClassLoader().getResourceAsStream("resources/hostile/external-reference.sekisho")) {
				Files.writeString(evil, new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("8766", String.valueOf(server.getLocalPort())));
			}
			CliRun[] runs = { CliRun.of("validate", evil.toString()),
					CliRun.withInput("Vq7#mZ2!kR9w$Lp4\n", "passwords", "check", "--facility", evil.toString()),
					CliRun.of("workbook", "export", evil.toString(), "--out", dir.resolve("out.xlsx").toString()),
					CliRun.of("checklist", "suggest", evil.toString(), "--apply") };
			for (CliRun run : runs) {
				assertEquals(ExitCode.PROBLEMS, run.exitCode(), run.err());
				assertTrue(run.err().contains(evil + ":6:"), "file and line: " + run.err());
			}
			assertFalse(Files.exists(dir.resolve("out.xlsx")));
			assertEquals(0, connections.get());
		}
	}

	/** Standard input that says when the command starts reading, and gives its line only when released. */
	private static final class GatedInput extends InputStream {
		final CountDownLatch reading = new CountDownLatch(1);
		final CountDownLatch release = new CountDownLatch(1);
		private final byte[] data;
		private int position;

		GatedInput(String text) {
			data = text.getBytes(StandardCharsets.UTF_8);
		}

		@Override
		public int read() throws IOException {
			reading.countDown();
			try {
				if (!release.await(60, TimeUnit.SECONDS)) {
					throw new IOException("not released");
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IOException(e);
			}
			return position < data.length ? data[position++] & 0xff : -1;
		}
	}

	/** Issue 17: assess waits on its input while suggest --apply saves; assess must not erase those answers. */
	@Test
	void assessRefusesToSaveOverAnswersThatSuggestApplyWroteMeanwhile() throws Exception {
		String account = FacilityFiles.load(demo).workbook().getAccounts().get(0).getId();
		GatedInput input = new GatedInput(account + "\tVq7#mZ2!kR9w$Lp4\n");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int[] assessExit = new int[1];
		Thread assess = new Thread(() -> assessExit[0] = Sekishoc.run(
				new CommandIO(input, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)),
				"passwords", "assess", demo.toString(), "--no-vault"));
		assess.start();
		assertTrue(input.reading.await(120, TimeUnit.SECONDS), "assess loaded the file and waits for its input");

		CliRun suggest = CliRun.of("checklist", "suggest", demo.toString(), "--apply");
		assertEquals(ExitCode.OK, suggest.exitCode(), suggest.err());
		String withAnswers = Files.readString(demo);

		input.release.countDown();
		assess.join(120_000);
		String assessErr = err.toString(StandardCharsets.UTF_8);
		assertEquals(ExitCode.PROBLEMS, assessExit[0], assessErr);
		assertTrue(assessErr.contains(demo.toString()) && assessErr.contains("another program changed it"), assessErr);
		assertEquals(withAnswers, Files.readString(demo), "the answers suggest --apply saved are still there");
		try (var files = Files.list(dir)) {
			Path copy = files.filter(p -> p.getFileName().toString().startsWith("demo.sekisho.conflict-")).findFirst().orElseThrow();
			assertTrue(assessErr.contains(copy.toString()), "the message names where assess's result was kept: " + assessErr);
			assertFalse(Files.readString(copy).contains("Vq7#"), "never a password");
		}
	}

	/** The code sources of the classes the second process needs: the model, EMF, NLS and {@link OtherWriter}. */
	private static String plainClassPath() throws Exception {
		java.util.LinkedHashSet<String> entries = new java.util.LinkedHashSet<>();
		for (Class<?> c : new Class<?>[] { OtherWriter.class, FacilityFiles.class, org.eclipse.emf.ecore.EObject.class,
				org.eclipse.emf.common.util.URI.class, org.eclipse.emf.ecore.xmi.XMIResource.class, org.eclipse.osgi.util.NLS.class }) {
			entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
		}
		return String.join(java.io.File.pathSeparator, entries);
	}

	/** Issue 17 with two operating-system processes: assess here, the other writer in its own JVM. */
	@Test
	void anotherProcessSavingWhileAssessWaitsIsNeverOverwritten() throws Exception {
		String account = FacilityFiles.load(demo).workbook().getAccounts().get(0).getId();
		GatedInput input = new GatedInput(account + "\tVq7#mZ2!kR9w$Lp4\n");
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int[] assessExit = new int[1];
		Thread assess = new Thread(() -> assessExit[0] = Sekishoc.run(
				new CommandIO(input, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
						new PrintStream(err, true, StandardCharsets.UTF_8)),
				"passwords", "assess", demo.toString(), "--no-vault"));
		assess.start();
		assertTrue(input.reading.await(120, TimeUnit.SECONDS), "assess loaded the file and waits for its input");

		Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", plainClassPath(),
				OtherWriter.class.getName(), demo.toString(), "別のプロセスが保存した名前").redirectErrorStream(true).start();
		String otherOutput = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(other.waitFor(120, TimeUnit.SECONDS));
		assertEquals(0, other.exitValue(), otherOutput);
		String written = Files.readString(demo);
		assertTrue(written.contains("別のプロセスが保存した名前"), otherOutput);

		input.release.countDown();
		assess.join(120_000);
		assertEquals(ExitCode.PROBLEMS, assessExit[0], err.toString(StandardCharsets.UTF_8));
		assertEquals(written, Files.readString(demo), "the other process's save survives");
	}

	@Test
	void aFileOpenInTheRichClientIsNotWrittenUnlessForced() throws IOException {
		long otherPid = ProcessHandle.current().parent().orElseThrow().pid();
		Files.writeString(FacilityLock.lockFileOf(demo),
				"user=yamada\nhost=" + FacilityLock.thisMachine() + "\npid=" + otherPid + "\nsince=2026-12-01T09:00:00Z\n");
		String before = Files.readString(demo);
		CliRun refused = CliRun.of("checklist", "suggest", demo.toString(), "--apply");
		assertEquals(ExitCode.PROBLEMS, refused.exitCode(), refused.out());
		assertTrue(refused.err().contains("yamada") && refused.err().contains("--force"), refused.err());
		assertEquals(before, Files.readString(demo));
		CliRun forced = CliRun.of("checklist", "suggest", demo.toString(), "--apply", "--force");
		assertEquals(ExitCode.OK, forced.exitCode(), forced.err());
		assertFalse(before.equals(Files.readString(demo)));
	}

	@Test
	void missingAndCorruptFilesAreProblemsNamingTheFileInEveryCommand() throws IOException {
		Path missing = dir.resolve("missing.sekisho");
		for (String[] args : new String[][] { { "validate", missing.toString() }, { "checklist", "status", missing.toString() },
				{ "workbook", "export", missing.toString(), "--out", dir.resolve("x.xlsx").toString() },
				{ "passwords", "check", "--facility", missing.toString() } }) {
			CliRun run = CliRun.of(args);
			assertEquals(ExitCode.PROBLEMS, run.exitCode(), String.join(" ", args) + ": " + run.err());
			assertTrue(run.err().contains(missing.toString()), run.err());
		}
	}
}
