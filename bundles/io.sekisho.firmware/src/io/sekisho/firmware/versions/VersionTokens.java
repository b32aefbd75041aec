package io.sekisho.firmware.versions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Splits a version text into number and word runs; every other character separates. */
public final class VersionTokens {

	/** Longer texts are not versions: a bound against hostile or garbled input. */
	public static final int MAX_LENGTH = 80;
	private static final int MAX_DIGITS = 18;

	private VersionTokens() {
	}

	/** @return the tokens, or empty when the text is too long or a number does not fit */
	public static Optional<List<Object>> split(String text) {
		if (text == null || text.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		List<Object> tokens = new ArrayList<>();
		int i = 0;
		int n = text.length();
		while (i < n) {
			char ch = text.charAt(i);
			int start = i;
			if (isDigit(ch)) {
				while (i < n && isDigit(text.charAt(i))) {
					i++;
				}
				if (i - start > MAX_DIGITS) {
					return Optional.empty();
				}
				tokens.add(Long.valueOf(text.substring(start, i)));
			} else if (isLetter(ch)) {
				while (i < n && isLetter(text.charAt(i))) {
					i++;
				}
				tokens.add(text.substring(start, i).toLowerCase(Locale.ROOT));
			} else {
				i++;
			}
		}
		return Optional.of(tokens);
	}

	/** @return a version of the tokens of {@code text}, empty when unreadable or without a number */
	public static Optional<Version> version(String original, String text) {
		return split(text).filter(t -> !t.isEmpty() && t.get(0) instanceof Long).map(t -> new Version(original, t));
	}

	static boolean isDigit(char ch) {
		return ch >= '0' && ch <= '9';
	}

	static boolean isLetter(char ch) {
		return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
	}

	/** @return the CPE 2.3 formatted-string value with its backslash escapes removed ({@code 15.2\(4\)m7}) */
	public static String unescapeCpe(String value) {
		if (value == null || value.indexOf('\\') < 0) {
			return value;
		}
		StringBuilder b = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char ch = value.charAt(i);
			if (ch == '\\' && i + 1 < value.length()) {
				ch = value.charAt(++i);
			}
			b.append(ch);
		}
		return b.toString();
	}
}
