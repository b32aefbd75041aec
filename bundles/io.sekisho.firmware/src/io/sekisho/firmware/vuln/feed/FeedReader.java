package io.sekisho.firmware.vuln.feed;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * Reads one vulnerability feed file, {@code .gz} or plain, recognising its format by its content (never by its
 * name), and hands each record to a {@link FeedSink} as it is read: memory stays bounded whatever the file holds.
 * Every failure is a {@link FeedException} naming the file and the record or byte offset.
 */
public final class FeedReader {
	private static final int PEEK = 8192;

	private final FeedLimits limits;
	private final JsonFactory json;

	public FeedReader() {
		this(FeedLimits.DEFAULT);
	}

	public FeedReader(FeedLimits limits) {
		this.limits = limits;
		this.json = JsonFactory.builder()
				.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(limits.maxDepth())
						.maxStringLength(limits.maxStringChars()).maxNameLength(4096).maxNumberLength(64).build())
				.build();
		json.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
	}

	/**
	 * Reads a feed file. When an NVD {@code .meta} file lies beside it ({@code nvdcve-2.0-2024.json.gz} →
	 * {@code nvdcve-2.0-2024.meta}), the content's SHA-256 and size must match it; the sink has then already
	 * received the records, so callers write into a transaction they can drop (the store does).
	 */
	public FeedSummary read(Path file, FeedSink sink, ProgressListener progress) throws IOException {
		String name = file.toString();
		InputStream in;
		try {
			in = Files.newInputStream(file);
		} catch (NoSuchFileException e) {
			throw new FeedException(name, -1, null, NLS.bind(Messages.Feed_readFailed, e.getMessage()), e);
		} catch (IOException e) {
			throw new FeedException(name, -1, null, NLS.bind(Messages.Feed_readFailed, e.toString()), e);
		}
		// the uncompressed content is hashed only for a .meta beside the file (3 GB of SHA-256 for all years)
		Optional<NvdMeta> meta = NvdMeta.beside(file);
		FeedSummary summary;
		try (in) {
			summary = read(name, in, sink, progress, meta.isPresent());
		}
		if (meta.isPresent()) {
			meta.get().check(name, summary);
		}
		return summary;
	}

	/** Whether a file is an NVD {@code .meta} companion, read with its feed file and never imported alone. */
	public static boolean isCompanion(Path file) {
		return NvdMeta.isMeta(file);
	}

	/**
	 * Reads a feed from a stream; {@code name} is what error messages call it. The stream is not closed. Problems
	 * of the feed are {@link FeedException}s; an exception of the sink or the listener passes through unchanged.
	 */
	public FeedSummary read(String name, InputStream in, FeedSink sink, ProgressListener progress)
			throws IOException {
		return read(name, in, sink, progress, false);
	}

	private FeedSummary read(String name, InputStream in, FeedSink sink, ProgressListener progress,
			boolean hashContent) throws IOException {
		try {
			return readFeed(name, in, PassedThrough.sink(sink), PassedThrough.progress(progress), hashContent);
		} catch (PassedThrough.Failure e) {
			throw e.io();
		}
	}

	private FeedSummary readFeed(String name, InputStream in, FeedSink sink, ProgressListener progress,
			boolean hashContent) throws FeedException {
		CountingInputStream raw = new CountingInputStream(in);
		BufferedInputStream head = new BufferedInputStream(raw, 65536);
		GuardedInputStream guarded = null;
		CountingInputStream content = null;
		boolean gzip = false;
		try {
			head.mark(2);
			int b0 = head.read();
			int b1 = head.read();
			head.reset();
			if (b0 < 0) {
				throw new FeedException(name, -1, null, Messages.Feed_empty, null);
			}
			gzip = b0 == 0x1f && b1 == 0x8b;
			InputStream uncompressed = gzip ? new GZIPInputStream(head, 65536) : head;
			guarded = new GuardedInputStream(uncompressed, name, limits, gzip ? raw : null);
			content = new CountingInputStream(guarded, hashContent && gzip); // else the file's own hash
			BufferedInputStream body = new BufferedInputStream(content, 65536);
			GuardedInputStream probe = guarded;
			JsonFeed.CountingProbe bytes = probe::count;
			int first = firstSignificant(body);
			FeedFormat format;
			long records;
			java.time.LocalDate date;
			if (first == '{' || first == '[') {
				JsonFeed feed = new JsonFeed(name, json.createParser(body), sink, progress, bytes);
				try {
					feed.read();
				} catch (StreamConstraintsException e) {
					throw constraint(name, e, feed.recordLabel());
				} catch (JsonParseException e) {
					throw new FeedException(name, e.getLocation() == null ? -1 : e.getLocation().getByteOffset(),
							feed.recordLabel(), NLS.bind(Messages.Feed_badJson, e.getOriginalMessage()), e);
				} catch (EOFException e) {
					throw truncated(name, gzip, guarded, feed.recordLabel(), e);
				}
				format = feed.format();
				records = feed.records();
				date = feed.dataDate();
			} else if (first == '<') {
				guarded.guardXmlText();
				JvnXmlFeed feed = new JvnXmlFeed(name, sink, progress, limits, bytes);
				try {
					feed.read(new java.io.FilterInputStream(body) {
						@Override
						public void close() {
							// the StAX reader closes its input at the end; the hashes still need the rest
						}
					});
				} catch (EOFException e) {
					throw truncated(name, gzip, guarded, null, e);
				}
				format = feed.format();
				records = feed.records();
				date = feed.dataDate();
			} else if (first < 0) {
				throw new FeedException(name, -1, null, Messages.Feed_empty, null);
			} else {
				throw new FeedException(name, 0, null, Messages.Feed_notJsonOrXml, null);
			}
			drain(body); // the rest counts for the hashes, and a truncated .gz shows here
			drain(head);
			String fileSha256 = raw.sha256();
			return new FeedSummary(name, format, records, date, fileSha256, gzip ? content.sha256() : fileSha256,
					guarded.count(), gzip);
		} catch (FeedException e) {
			throw e;
		} catch (EOFException e) {
			throw truncated(name, gzip, guarded, null, e);
		} catch (ZipException e) {
			throw new FeedException(name, guarded == null ? -1 : guarded.count(), null,
					NLS.bind(Messages.Feed_badGzip, e.getMessage()), e);
		} catch (IOException e) {
			throw new FeedException(name, guarded == null ? -1 : guarded.count(), null,
					NLS.bind(Messages.Feed_readFailed, e.toString()), e);
		}
	}

	private static FeedException truncated(String name, boolean gzip, GuardedInputStream guarded, String record,
			EOFException e) {
		long offset = guarded == null ? -1 : guarded.count();
		return new FeedException(name, offset, record,
				gzip ? Messages.Feed_truncatedGzip : NLS.bind(Messages.Feed_badJson, e.getMessage()), e);
	}

	private FeedException constraint(String name, StreamConstraintsException e, String record) {
		String message = String.valueOf(e.getOriginalMessage());
		String problem;
		if (message.contains("nesting depth")) { //$NON-NLS-1$
			problem = NLS.bind(Messages.Feed_tooDeep, Integer.valueOf(limits.maxDepth()));
		} else if (message.contains("String value length") || message.contains("Name length")) { //$NON-NLS-1$ //$NON-NLS-2$
			problem = NLS.bind(Messages.Feed_stringTooLong, Integer.valueOf(limits.maxStringChars()));
		} else {
			problem = NLS.bind(Messages.Feed_badJson, message);
		}
		long offset = e.getLocation() == null ? -1 : e.getLocation().getByteOffset();
		return new FeedException(name, offset, record, problem, e);
	}

	/** The first byte that is not whitespace or a UTF-8 byte order mark, leaving the stream where it was. */
	private static int firstSignificant(BufferedInputStream in) throws IOException {
		in.mark(PEEK);
		try {
			for (int i = 0; i < PEEK; i++) {
				int b = in.read();
				if (b < 0) {
					return -1;
				}
				if (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xEF || b == 0xBB || b == 0xBF) {
					continue;
				}
				return b;
			}
			return 0;
		} finally {
			in.reset();
		}
	}

	private static void drain(InputStream in) throws IOException {
		byte[] buffer = new byte[65536];
		while (in.read(buffer) >= 0) {
			// nothing: only the hashes and the gzip trailer check need the bytes
		}
	}
}
