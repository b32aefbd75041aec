package io.sekisho.firmware.vuln.feed;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/** Counts and hashes the bytes that pass through. */
final class CountingInputStream extends FilterInputStream {
	private final MessageDigest digest;
	private long count;

	CountingInputStream(InputStream in) {
		super(in);
		this.digest = Hashes.sha256();
	}

	long count() {
		return count;
	}

	String sha256() {
		return Hashes.hex(digest.digest());
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			count++;
			digest.update((byte) b);
		}
		return b;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		int n = super.read(b, off, len);
		if (n > 0) {
			count += n;
			digest.update(b, off, n);
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
