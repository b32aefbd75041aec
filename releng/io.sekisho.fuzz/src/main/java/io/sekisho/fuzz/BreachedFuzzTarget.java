package io.sekisho.fuzz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

import io.sekisho.password.breached.BreachedFormatException;
import io.sekisho.password.breached.BreachedImporter;
import io.sekisho.password.breached.BreachedIndex;

/**
 * The breached-password import ({@code passwords import-breached}) on arbitrary bytes as a Have I Been Pwned file,
 * into a configuration folder that already holds an index: a new index that opens and counts what the import said,
 * or a {@link BreachedFormatException} naming the file; after a refusal the previous index is byte for byte what it
 * was and no temporary file is left; nothing is ever written beside the input. Anything else is a finding.
 */
public final class BreachedFuzzTarget {
	private static final String NAME = "fuzz-pwned.txt"; //$NON-NLS-1$
	private static final Scratch SCRATCH = new Scratch("breached"); //$NON-NLS-1$
	private static final byte[] PREVIOUS;

	static {
		try {
			Path folder = SCRATCH.fresh("previous"); //$NON-NLS-1$
			StringBuilder lines = new StringBuilder();
			for (String password : new String[] { "password", "123456", "sekisho" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(password.getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
				lines.append(HexFormat.of().withUpperCase().formatHex(sha1)).append(':').append(password.length()).append('\n');
			}
			Path input = Files.writeString(folder.resolve("seed.txt"), lines); //$NON-NLS-1$
			Path index = folder.resolve(BreachedIndex.FILE_NAME);
			new BreachedImporter(BreachedFuzzTarget::ignore).importInto(input, index);
			PREVIOUS = Files.readAllBytes(index);
		} catch (Exception e) {
			throw new ExceptionInInitializerError(e);
		}
	}

	private BreachedFuzzTarget() {
	}

	private static void ignore(long lines, long read, long total) {
		// progress is not under test
	}

	public static void fuzzerInitialize() throws Exception {
		fuzzerTestOneInput(new byte[0]);
	}

	public static void fuzzerTestOneInput(byte[] data) throws Exception {
		Path in = SCRATCH.fresh("in"); //$NON-NLS-1$
		Path config = SCRATCH.fresh("config"); //$NON-NLS-1$
		Path input = Files.write(in.resolve(NAME), data);
		Path index = Files.write(config.resolve(BreachedIndex.FILE_NAME), PREVIOUS);
		try {
			long records = new BreachedImporter(BreachedFuzzTarget::ignore).importInto(input, index);
			try (BreachedIndex opened = BreachedIndex.open(index)) {
				if (opened.size() != records) {
					throw new IllegalStateException("the import said " + records + ", the index holds " + opened.size()); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		} catch (BreachedFormatException e) {
			Targets.requireNamed(e, NAME);
			if (e.line() <= 0) {
				throw new IllegalStateException("a refusal without its line: " + e.getMessage(), e); //$NON-NLS-1$
			}
			if (!Arrays.equals(PREVIOUS, Files.readAllBytes(index))) {
				throw new IllegalStateException("a refused import changed the previous index"); //$NON-NLS-1$
			}
		}
		Scratch.requireOnly(config, index);
		Scratch.requireOnly(in, input);
	}
}
