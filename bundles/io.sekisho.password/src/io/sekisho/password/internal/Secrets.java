package io.sekisho.password.internal;

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

	/**
	 * UTF-8 bytes of the password, encoded here into an array of the exact size: no encoder buffer that grows (and
	 * leaves unwiped copies behind) and no String. A lone surrogate becomes '?', as the JDK's encoder does. The
	 * caller wipes the result.
	 */
	public static byte[] utf8(CharSequence s) {
		int length = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c < 0x80) {
				length += 1;
			} else if (c < 0x800) {
				length += 2;
			} else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
				length += 4;
				i++;
			} else if (Character.isSurrogate(c)) {
				length += 1;
			} else {
				length += 3;
			}
		}
		byte[] out = new byte[length];
		int at = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c < 0x80) {
				out[at++] = (byte) c;
			} else if (c < 0x800) {
				out[at++] = (byte) (0xc0 | c >> 6);
				out[at++] = (byte) (0x80 | c & 0x3f);
			} else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
				int cp = Character.toCodePoint(c, s.charAt(++i));
				out[at++] = (byte) (0xf0 | cp >> 18);
				out[at++] = (byte) (0x80 | cp >> 12 & 0x3f);
				out[at++] = (byte) (0x80 | cp >> 6 & 0x3f);
				out[at++] = (byte) (0x80 | cp & 0x3f);
			} else if (Character.isSurrogate(c)) {
				out[at++] = '?';
			} else {
				out[at++] = (byte) (0xe0 | c >> 12);
				out[at++] = (byte) (0x80 | c >> 6 & 0x3f);
				out[at++] = (byte) (0x80 | c & 0x3f);
			}
		}
		return out;
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
