package io.sekisho.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import io.sekisho.firmware.vuln.CveRecord;
import io.sekisho.firmware.vuln.JvnAdvisory;
import io.sekisho.firmware.vuln.KevEntry;
import io.sekisho.firmware.vuln.feed.FeedException;
import io.sekisho.firmware.vuln.feed.FeedReader;
import io.sekisho.firmware.vuln.feed.FeedSink;
import io.sekisho.firmware.vuln.feed.FeedSummary;
import io.sekisho.firmware.vuln.feed.ProgressListener;

/**
 * The NVD / KEV / JVN feed reader (format recognised by content, gzip or plain; {@link FeedReader#read(Path,
 * FeedSink, ProgressListener)} as the import calls it) on arbitrary bytes written to a file: a summary that counts
 * what the sink received, every record with its id, or a {@link FeedException} naming the file; nothing is written
 * beside the file. Anything else is a finding.
 */
public final class FeedFuzzTarget {
	private static final String NAME = "fuzz-feed.json"; //$NON-NLS-1$
	private static final FeedReader READER = new FeedReader();
	private static final Scratch SCRATCH = new Scratch("feeds"); //$NON-NLS-1$

	private FeedFuzzTarget() {
	}

	public static void fuzzerTestOneInput(byte[] data) throws Exception {
		AtomicLong received = new AtomicLong();
		FeedSink sink = new FeedSink() {
			@Override
			public void cve(CveRecord record) {
				requireId(record.cveId());
				received.incrementAndGet();
			}

			@Override
			public void kev(KevEntry entry) {
				requireId(entry.cveId());
				received.incrementAndGet();
			}

			@Override
			public void jvn(JvnAdvisory advisory) {
				requireId(advisory.jvnId());
				received.incrementAndGet();
			}
		};
		Path folder = SCRATCH.fresh("in"); //$NON-NLS-1$
		Path file = Files.write(folder.resolve(NAME), data);
		try {
			FeedSummary summary = READER.read(file, sink, ProgressListener.NONE);
			if (summary.records() != received.get()) {
				throw new IllegalStateException("summary " + summary.records() + " but the sink got " + received.get()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		} catch (FeedException e) {
			Targets.requireNamed(e, NAME);
		}
		Scratch.requireOnly(folder, file);
	}

	/** A record handed on must have its id: the store keys on it. */
	private static void requireId(String id) {
		if (id == null || id.isBlank()) {
			throw new IllegalStateException("a record without its id reached the sink"); //$NON-NLS-1$
		}
	}
}
