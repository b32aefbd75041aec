package io.sekisho.firmware.vuln.store;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/** Sorted CVE numbers as bytes: the first number and then the gaps, seven bits a byte (a few bytes per CVE). */
final class NumberList {
	private NumberList() {
	}

	static byte[] encode(long[] sortedDistinct, int length) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(length * 3 + 8);
		long previous = 0;
		for (int i = 0; i < length; i++) {
			long gap = sortedDistinct[i] - previous;
			previous = sortedDistinct[i];
			while ((gap & ~0x7FL) != 0) {
				out.write((int) ((gap & 0x7F) | 0x80));
				gap >>>= 7;
			}
			out.write((int) gap);
		}
		return out.toByteArray();
	}

	static long[] decode(byte[] bytes) {
		if (bytes == null) {
			return new long[0];
		}
		long[] result = new long[bytes.length];
		int count = 0;
		long previous = 0;
		int i = 0;
		while (i < bytes.length) {
			long gap = 0;
			int shift = 0;
			int b;
			do {
				b = bytes[i++];
				gap |= (long) (b & 0x7F) << shift;
				shift += 7;
			} while ((b & 0x80) != 0 && i < bytes.length);
			previous += gap;
			result[count++] = previous;
		}
		return Arrays.copyOf(result, count);
	}

	/** Sorts and removes repeats in place; returns the new length. */
	static int sortDistinct(long[] values, int length) {
		Arrays.sort(values, 0, length);
		int n = 0;
		for (int i = 0; i < length; i++) {
			if (n == 0 || values[n - 1] != values[i]) {
				values[n++] = values[i];
			}
		}
		return n;
	}
}
