package io.sekisho.password.internal;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * A word list's ranks with a fast "certainly not in the list": zxcvbn4j looks every substring of a password up in
 * every list, and nearly none of them is a word; each such look-up in a table of tens of thousands of words is a
 * cache miss. A 32 KiB bit filter (two probes from the string's hash, which the look-up computes anyway) and the
 * longest word's length answer most of them without touching the table. Read-only; answers exactly as the table.
 */
final class RankMap extends AbstractMap<String, Integer> {

	private static final int BITS = 1 << 18;
	private static final int MASK = BITS - 1;

	private final Map<String, Integer> ranks;
	private final long[] filter = new long[BITS / Long.SIZE];
	private final int maxLength;

	RankMap(Map<String, Integer> ranks) {
		this.ranks = Collections.unmodifiableMap(ranks);
		int longest = 0;
		for (String word : ranks.keySet()) {
			int h = word.hashCode();
			set(h & MASK);
			set(second(h));
			longest = Math.max(longest, word.length());
		}
		this.maxLength = longest;
	}

	private static int second(int h) {
		return Integer.rotateLeft(h * 0x9E3779B9, 13) & MASK;
	}

	private void set(int bit) {
		filter[bit >>> 6] |= 1L << bit;
	}

	private boolean isSet(int bit) {
		return (filter[bit >>> 6] & 1L << bit) != 0;
	}

	@Override
	public Integer get(Object key) {
		if (!(key instanceof String word) || word.length() > maxLength) {
			return null;
		}
		int h = word.hashCode();
		if (!isSet(h & MASK) || !isSet(second(h))) {
			return null;
		}
		return ranks.get(word);
	}

	@Override
	public boolean containsKey(Object key) {
		return get(key) != null;
	}

	@Override
	public int size() {
		return ranks.size();
	}

	@Override
	public Set<Entry<String, Integer>> entrySet() {
		return ranks.entrySet();
	}
}
