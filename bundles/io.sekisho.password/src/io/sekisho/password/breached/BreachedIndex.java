package io.sekisho.password.breached;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

import org.bouncycastle.crypto.digests.SHA1Digest;
import org.eclipse.osgi.util.NLS;

import io.sekisho.password.internal.Messages;
import io.sekisho.password.internal.Secrets;

/**
 * The local index of breached passwords, built by {@link BreachedImporter} from Have I Been Pwned's SHA-1 data.
 * Layout (big-endian): magic {@code SKBRIX01}, record count, a fan-out table of 65,536 cumulative record counts
 * by the first two hash bytes, then sorted records of the remaining 18 hash bytes and a 4-byte occurrence
 * count. 22 bytes per hash instead of about 45 in the text files; a lookup reads one bucket by binary search.
 */
public final class BreachedIndex implements AutoCloseable {

	static final byte[] MAGIC = "SKBRIX01".getBytes(java.nio.charset.StandardCharsets.US_ASCII); //$NON-NLS-1$
	static final int BUCKETS = 1 << 16;
	static final int HEADER_BYTES = 8 + 8 + BUCKETS * 8;
	static final int REST_BYTES = 18;
	static final int RECORD_BYTES = REST_BYTES + 4;
	public static final String FILE_NAME = "breached.idx"; //$NON-NLS-1$

	private final FileChannel channel;
	private final long count;
	private final long[] fanout;

	private BreachedIndex(FileChannel channel, long count, long[] fanout) {
		this.channel = channel;
		this.count = count;
		this.fanout = fanout;
	}

	/** @throws IOException naming the file when it is not an index or is cut short */
	public static BreachedIndex open(Path file) throws IOException {
		FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
		try {
			ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
			while (header.hasRemaining() && channel.read(header) >= 0) {
				// fill
			}
			header.flip();
			byte[] magic = new byte[MAGIC.length];
			if (header.remaining() < HEADER_BYTES) {
				throw new IOException(NLS.bind(Messages.Breached_notAnIndex, file));
			}
			header.get(magic);
			if (!Arrays.equals(magic, MAGIC)) {
				throw new IOException(NLS.bind(Messages.Breached_notAnIndex, file));
			}
			long count = header.getLong();
			long[] fanout = new long[BUCKETS];
			header.asLongBuffer().get(fanout);
			if (fanout[BUCKETS - 1] != count || channel.size() != HEADER_BYTES + count * RECORD_BYTES) {
				throw new IOException(NLS.bind(Messages.Breached_notAnIndex, file));
			}
			return new BreachedIndex(channel, count, fanout);
		} catch (IOException | RuntimeException e) {
			channel.close();
			throw e;
		}
	}

	public long size() {
		return count;
	}

	/** How often the password was seen in breaches, 0 if never. The password's UTF-8 bytes are wiped. */
	public long occurrences(CharSequence password) throws IOException {
		byte[] utf8 = Secrets.utf8(password);
		byte[] hash = new byte[20];
		// Bouncy Castle's SHA-1: doFinal resets it, and its reset clears the block buffer that held the password
		SHA1Digest sha1 = new SHA1Digest();
		try {
			sha1.update(utf8, 0, utf8.length);
			sha1.doFinal(hash, 0);
			return occurrencesOfHash(hash);
		} finally {
			sha1.reset();
			Secrets.wipe(utf8);
			Secrets.wipe(hash);
		}
	}

	public boolean contains(CharSequence password) throws IOException {
		return occurrences(password) > 0;
	}

	public long occurrencesOfHash(byte[] sha1) throws IOException {
		int bucket = ((sha1[0] & 0xff) << 8) | (sha1[1] & 0xff);
		long lo = bucket == 0 ? 0 : fanout[bucket - 1];
		long hi = fanout[bucket] - 1;
		ByteBuffer record = ByteBuffer.allocate(RECORD_BYTES);
		while (lo <= hi) {
			long mid = (lo + hi) >>> 1;
			record.clear();
			long position = HEADER_BYTES + mid * RECORD_BYTES;
			while (record.hasRemaining()) {
				if (channel.read(record, position + record.position()) < 0) {
					throw new IOException(Messages.Breached_truncated);
				}
			}
			int cmp = Arrays.compareUnsigned(record.array(), 0, REST_BYTES, sha1, 2, 20);
			if (cmp == 0) {
				return Integer.toUnsignedLong(record.getInt(REST_BYTES));
			}
			if (cmp < 0) {
				lo = mid + 1;
			} else {
				hi = mid - 1;
			}
		}
		return 0;
	}

	@Override
	public void close() throws IOException {
		channel.close();
	}
}
