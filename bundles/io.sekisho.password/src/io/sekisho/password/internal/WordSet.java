package io.sekisho.password.internal;

import java.util.Arrays;
import java.util.Collection;

/**
 * A set of lower-case words looked up by a range of a char array, so that a password is never turned into a
 * String (which could not be wiped). Open addressing, built once, read-only afterwards.
 */
public final class WordSet {

	private final char[][] slots;
	/** per slot, the position of its word in the collection the set was built from (first occurrence) */
	private final int[] positions;
	private final int size;
	private final int maxLength;

	public WordSet(Collection<String> words) {
		int capacity = Integer.highestOneBit(Math.max(4, words.size() * 2)) * 2;
		slots = new char[capacity][];
		positions = new int[capacity];
		int count = 0;
		int longest = 0;
		int position = 0;
		for (String word : words) {
			char[] w = word.toCharArray();
			int slot = slotOf(w, 0, w.length);
			int at = position++;
			if (slots[slot] == null) {
				slots[slot] = w;
				positions[slot] = at;
				count++;
				longest = Math.max(longest, w.length);
			}
		}
		size = count;
		maxLength = longest;
	}

	public int size() {
		return size;
	}

	public boolean contains(char[] chars, int from, int to) {
		if (to - from > maxLength || to <= from) {
			return false;
		}
		return slots[slotOf(chars, from, to)] != null;
	}

	/**
	 * The position of these chars in the collection the set was built from, or -1. Lets a caller keep a label per
	 * word (the product a default password belongs to) without turning the password into a String.
	 */
	public int positionOf(char[] chars, int from, int to) {
		if (to - from > maxLength || to <= from) {
			return -1;
		}
		int slot = slotOf(chars, from, to);
		return slots[slot] == null ? -1 : positions[slot];
	}

	public boolean contains(char[] chars) {
		return contains(chars, 0, chars.length);
	}

	/** The slot holding these chars, or the empty slot where they would go. */
	private int slotOf(char[] chars, int from, int to) {
		int h = 1;
		for (int i = from; i < to; i++) {
			h = 31 * h + chars[i];
		}
		h ^= h >>> 16;
		int mask = slots.length - 1;
		int slot = h & mask;
		while (slots[slot] != null && !Arrays.equals(slots[slot], 0, slots[slot].length, chars, from, to)) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}
}
