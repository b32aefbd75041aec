package io.sekisho.password.breached;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import io.sekisho.model.persistence.AtomicFileWriter;
import io.sekisho.model.persistence.OwnerOnly;
import io.sekisho.password.internal.Messages;

/**
 * Builds a {@link BreachedIndex} from Have I Been Pwned's downloadable SHA-1 data: a directory of per-prefix files
 * (named by the five hex digits of the prefix, lines {@code SUFFIX:COUNT}) or one file of {@code SHA1:COUNT}
 * lines ordered by hash. Streams line by line (memory use does not grow with the input), reports progress, and
 * stops at the first malformed, truncated or out-of-order line with its file and line number; the previous
 * index stays untouched until the new one is complete.
 */
public final class BreachedImporter {

	/** Progress of an import; called every {@link #REPORT_EVERY} lines and once at the end. */
	public interface Progress {
		void update(long lines, long bytesRead, long bytesTotal);
	}

	public static final long REPORT_EVERY = 1 << 20;
	private static final Pattern PREFIX_FILE = Pattern.compile("[0-9A-Fa-f]{5}(\\.txt)?"); //$NON-NLS-1$
	private static final int MAX_COUNT_DIGITS = 12;

	private final Progress progress;
	private final long[] fanout = new long[BreachedIndex.BUCKETS];
	private final byte[] previous = new byte[20];
	private boolean first = true;
	private long lines;
	private long bytesRead;
	private long bytesTotal;
	private long records;

	public BreachedImporter(Progress progress) {
		this.progress = progress;
	}

	/** @return the number of hashes in the new index */
	public long importInto(Path input, Path index) throws IOException {
		List<Path> files = inputFiles(input);
		for (Path f : files) {
			bytesTotal += Files.size(f);
		}
		// the configuration folder also holds the vault and its key: created owner-only
		OwnerOnly.createDirectories(index.toAbsolutePath().getParent());
		// public data, but derived from passwords and beside the vault: owner-only like it (issue 16 §2); a unique
		// temporary name, synced before the rename
		AtomicFileWriter.ownerOnly().writeFile(index, tmp -> {
			try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
				out.write(new byte[BreachedIndex.HEADER_BYTES]); // written for real once the counts are known
				for (Path f : files) {
					String prefix = files.size() == 1 && Files.isRegularFile(input) ? "" : prefixOf(f); //$NON-NLS-1$
					copy(f, prefix, out);
				}
			}
			writeHeader(tmp);
		});
		progress.update(lines, bytesRead, bytesTotal);
		return records;
	}

	private static List<Path> inputFiles(Path input) throws IOException {
		if (Files.isRegularFile(input)) {
			return List.of(input);
		}
		if (!Files.isDirectory(input)) {
			throw new IOException(NLS.bind(Messages.Breached_noInput, input));
		}
		List<Path> files = new ArrayList<>();
		try (Stream<Path> list = Files.list(input)) {
			list.filter(p -> PREFIX_FILE.matcher(p.getFileName().toString()).matches()).forEach(files::add);
		}
		if (files.isEmpty()) {
			throw new IOException(NLS.bind(Messages.Breached_noPrefixFiles, input));
		}
		files.sort((a, b) -> a.getFileName().toString().compareToIgnoreCase(b.getFileName().toString()));
		return files;
	}

	private static String prefixOf(Path f) {
		return f.getFileName().toString().substring(0, 5).toUpperCase(java.util.Locale.ROOT);
	}

	private void copy(Path file, String prefix, OutputStream out) throws IOException {
		int hexExpected = 40 - prefix.length();
		byte[] hash = new byte[20];
		long lineNumber = 0;
		// ISO-8859-1 maps every byte to a character, so a byte that is no ASCII reaches the checks below and is refused
		// with its line; US-ASCII threw a MalformedInputException that named neither file nor line (found by fuzzing)
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
			String line;
			while ((line = reader.readLine()) != null) {
				lineNumber++;
				lines++;
				bytesRead += line.length() + 1;
				if (line.isEmpty()) {
					continue;
				}
				int colon = line.indexOf(':');
				if (colon != hexExpected) {
					throw new BreachedFormatException(file, lineNumber,
							NLS.bind(Messages.Breached_expectedHash, hexExpected, prefix.isEmpty() ? "SHA1:COUNT" : "SUFFIX:COUNT")); //$NON-NLS-1$ //$NON-NLS-2$
				}
				if (!parseHex(prefix, line, colon, hash)) {
					throw new BreachedFormatException(file, lineNumber, Messages.Breached_notHex);
				}
				long count = parseCount(line, colon + 1);
				if (count < 0) {
					throw new BreachedFormatException(file, lineNumber, Messages.Breached_badCount);
				}
				if (!first && Arrays.compareUnsigned(hash, previous) <= 0) {
					throw new BreachedFormatException(file, lineNumber, Messages.Breached_notSorted);
				}
				first = false;
				System.arraycopy(hash, 0, previous, 0, 20);
				out.write(hash, 2, BreachedIndex.REST_BYTES);
				int stored = (int) Math.min(count, 0xFFFFFFFFL);
				out.write(stored >>> 24);
				out.write(stored >>> 16);
				out.write(stored >>> 8);
				out.write(stored);
				fanout[((hash[0] & 0xff) << 8) | (hash[1] & 0xff)]++;
				records++;
				if (lines % REPORT_EVERY == 0) {
					progress.update(lines, bytesRead, bytesTotal);
				}
			}
		}
	}

	private static boolean parseHex(String prefix, String line, int colon, byte[] hash) {
		int nibbles = 0;
		for (int i = 0; i < 40; i++) {
			char c = i < prefix.length() ? prefix.charAt(i) : line.charAt(i - prefix.length());
			int v = Character.digit(c, 16);
			if (v < 0) {
				return false;
			}
			if ((nibbles & 1) == 0) {
				hash[nibbles / 2] = (byte) (v << 4);
			} else {
				hash[nibbles / 2] |= (byte) v;
			}
			nibbles++;
		}
		return colon + prefix.length() == 40;
	}

	/** @return the count, or -1 when it is missing, not decimal or absurdly long */
	private static long parseCount(String line, int from) {
		int end = line.length();
		while (end > from && Character.isWhitespace(line.charAt(end - 1))) {
			end--;
		}
		if (end == from || end - from > MAX_COUNT_DIGITS) {
			return -1;
		}
		long n = 0;
		for (int i = from; i < end; i++) {
			char c = line.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			n = n * 10 + (c - '0');
		}
		return n;
	}

	private void writeHeader(Path tmp) throws IOException {
		ByteBuffer header = ByteBuffer.allocate(BreachedIndex.HEADER_BYTES);
		header.put(BreachedIndex.MAGIC).putLong(records);
		long cumulative = 0;
		for (long bucket : fanout) {
			cumulative += bucket;
			header.putLong(cumulative);
		}
		try (RandomAccessFile raf = new RandomAccessFile(tmp.toFile(), "rw")) { //$NON-NLS-1$
			raf.seek(0);
			raf.write(header.array());
			raf.getFD().sync();
		}
	}
}
