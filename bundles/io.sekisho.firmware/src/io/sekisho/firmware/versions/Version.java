package io.sekisho.firmware.versions;

import java.util.List;
import java.util.Objects;

/**
 * A firmware version as a scheme read it: a list of number and word tokens (separators dropped), compared token by
 * token. A missing number counts as 0 ({@code 6.0} = {@code 6.0.0}); a missing word sorts before any word, so a
 * letter or hotfix suffix is later than the plain release ({@code 17.9.4} &lt; {@code 17.9.4a},
 * {@code 10.2.9} &lt; {@code 10.2.9-h1}). Immutable.
 */
public final class Version implements Comparable<Version> {

	private final String text;
	private final List<Object> tokens;
	/** The tokens as an array: compared for every bound of every record a lookup walks. */
	private final Object[] array;

	/**
	 * @param text the text the version was read from, as the device or the data wrote it
	 * @param tokens {@link Long} and lower-case {@link String} tokens
	 */
	public Version(String text, List<Object> tokens) {
		this.text = Objects.requireNonNull(text);
		this.tokens = List.copyOf(tokens);
		this.array = this.tokens.toArray();
		for (Object token : this.tokens) {
			if (!(token instanceof Long) && !(token instanceof String)) {
				throw new IllegalArgumentException(String.valueOf(token));
			}
		}
	}

	/** @return the text it was read from */
	public String text() {
		return text;
	}

	/** @return the tokens: Long and lower-case String */
	public List<Object> tokens() {
		return tokens;
	}

	@Override
	public int compareTo(Version other) {
		if (this == other) {
			return 0;
		}
		Object[] mine = array;
		Object[] theirs = other.array;
		int n = Math.max(mine.length, theirs.length);
		for (int i = 0; i < n; i++) {
			Object a = i < mine.length ? mine[i] : null;
			Object b = i < theirs.length ? theirs[i] : null;
			int c = compareToken(a, b);
			if (c != 0) {
				return c;
			}
		}
		return 0;
	}

	private static int compareToken(Object a, Object b) {
		if (a == null && b == null) {
			return 0;
		}
		if (a == null) {
			return b instanceof Long l ? Long.compare(0, l) : -1;
		}
		if (b == null) {
			return a instanceof Long l ? Long.compare(l, 0) : 1;
		}
		if (a instanceof Long x && b instanceof Long y) {
			return Long.compare(x, y);
		}
		if (a instanceof String x && b instanceof String y) {
			return x.compareTo(y);
		}
		// a word against a number at the same place: the word (a train or pre-release letter) sorts first
		return a instanceof String ? -1 : 1;
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof Version v && compareTo(v) == 0;
	}

	@Override
	public int hashCode() {
		// trailing zero numbers do not change equality, so they must not change the hash either
		int end = tokens.size();
		while (end > 0 && Long.valueOf(0).equals(tokens.get(end - 1))) {
			end--;
		}
		return tokens.subList(0, end).hashCode();
	}

	/** @return the canonical form: numbers without leading zeros joined by dots, words attached */
	public String canonical() {
		StringBuilder b = new StringBuilder();
		Object previous = null;
		for (Object token : tokens) {
			if (previous != null && (token instanceof Long || previous instanceof String)) {
				b.append('.');
			}
			b.append(token);
			previous = token;
		}
		return b.toString();
	}

	@Override
	public String toString() {
		return text;
	}
}
