package io.sekisho.firmware.vuln.feed;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.eclipse.osgi.util.NLS;

/**
 * The uncompressed content of a feed, with the limits applied as it streams: total size, compression ratio
 * against the compressed bytes read so far (gzip bombs), and - for XML - the longest run of bytes without a
 * markup character, which bounds any text node or attribute the XML parser would otherwise hold whole.
 */
final class GuardedInputStream extends FilterInputStream {
	private final String name;
	private final FeedLimits limits;
	private final CountingInputStream compressed; // null for a plain file
	private long count;
	private boolean xmlText;
	private long runWithoutMarkup;

	GuardedInputStream(InputStream in, String name, FeedLimits limits, CountingInputStream compressed) {
		super(in);
		this.name = name;
		this.limits = limits;
		this.compressed = compressed;
	}

	/** From now on, bound runs of bytes without {@code <} or {@code >}. */
	void guardXmlText() {
		xmlText = true;
	}

	long count() {
		return count;
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		int n = read(one, 0, 1);
		return n < 0 ? -1 : one[0] & 0xff;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		int n = super.read(b, off, len);
		if (n > 0) {
			count += n;
			check();
			if (xmlText) {
				checkXmlText(b, off, n);
			}
		}
		return n;
	}

	private void check() throws FeedException {
		if (count > limits.maxUncompressedBytes()) {
			throw new FeedException(name, count, null,
					NLS.bind(Messages.Feed_tooLarge, Long.valueOf(limits.maxUncompressedBytes())), null);
		}
		if (compressed != null && count > limits.ratioCheckAfterBytes()
				&& count > (long) limits.maxCompressionRatio() * Math.max(1, compressed.count())) {
			throw new FeedException(name, count, null,
					NLS.bind(Messages.Feed_gzipBomb, Integer.valueOf(limits.maxCompressionRatio())), null);
		}
	}

	private void checkXmlText(byte[] b, int off, int n) throws FeedException {
		for (int i = off; i < off + n; i++) {
			if (b[i] == '<' || b[i] == '>') {
				runWithoutMarkup = 0;
			} else if (++runWithoutMarkup > limits.maxXmlTextBytes()) {
				throw new FeedException(name, count - (off + n - i), null,
						NLS.bind(Messages.Feed_xmlTextTooLong, Integer.valueOf(limits.maxXmlTextBytes())), null);
			}
		}
	}

	@Override
	public long skip(long n) throws IOException {
		byte[] buffer = new byte[8192];
		long skipped = 0;
		while (skipped < n) {
			int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
			if (r < 0) {
				break;
			}
			skipped += r;
		}
		return skipped;
	}

	@Override
	public boolean markSupported() {
		return false;
	}
}
