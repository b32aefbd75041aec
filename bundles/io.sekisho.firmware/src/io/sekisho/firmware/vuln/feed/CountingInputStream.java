package io.sekisho.firmware.vuln.feed;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/** Counts and (unless told not to) hashes the bytes that pass through. */
final class CountingInputStream extends FilterInputStream {
	private final MessageDigest digest;
	private long count;

	CountingInputStream(InputStream in) {
		this(in, true);
	}

	CountingInputStream(InputStream in, boolean hash) {
		super(in);
		this.digest = hash ? Hashes.sha256() : null;
	}

	long count() {
		return count;
	}

	/** @return the hex SHA-256 of the bytes read, or null when not hashing */
	String sha256() {
		return digest == null ? null : Hashes.hex(digest.digest());
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			count++;
			if (digest != null) {
				digest.update((byte) b);
			}
		}
		return b;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		int n = super.read(b, off, len);
		if (n > 0) {
			count += n;
			if (digest != null) {
				digest.update(b, off, n);
			}
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		// read instead of skipping so that the count and the hash stay exact
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
