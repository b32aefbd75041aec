package io.sekisho.password.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Copies of a password that can be wiped: char arrays and UTF-8 bytes, never Strings. */
public final class Secrets {

	private Secrets() {
	}

	public static char[] chars(CharSequence s) {
		char[] chars = new char[s.length()];
		for (int i = 0; i < chars.length; i++) {
			chars[i] = s.charAt(i);
		}
		return chars;
	}

	/** UTF-8 bytes of the password; the intermediate buffer is wiped, the caller wipes the result. */
	public static byte[] utf8(CharSequence s) {
		char[] chars = chars(s);
		ByteBuffer buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
		byte[] bytes = new byte[buffer.remaining()];
		buffer.get(bytes);
		if (buffer.hasArray()) {
			Arrays.fill(buffer.array(), (byte) 0);
		}
		Arrays.fill(chars, '\0');
		return bytes;
	}

	public static void wipe(char[] chars) {
		if (chars != null) {
			Arrays.fill(chars, '\0');
		}
	}

	public static void wipe(byte[] bytes) {
		if (bytes != null) {
			Arrays.fill(bytes, (byte) 0);
		}
	}
}
