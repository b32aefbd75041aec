package io.sekisho.password.internal;

import java.util.BitSet;
import java.util.List;
import java.util.Map;

import com.nulabinc.zxcvbn.matchers.Keyboard;

/**
 * Walks over neighbouring keys: rows (qwerty, asdf), columns and diagonals (1qaz2wsx), numeric-keypad and
 * phone-keypad runs (7410, 1470, 2580) and keypad columns in a row (147258369). The adjacency comes from
 * zxcvbn4j's keyboard graphs (QWERTY, JIS, Dvorak, keypads) plus Sekisho's phone keypad.
 */
public final class KeyboardPatterns {

	/** the shortest walk over neighbouring keys that is a pattern (when significant, see {@link Patterns}) */
	public static final int MIN_WALK = 4;
	/** walks of at least this length that together cover the whole password (147 258 369) */
	private static final int MIN_PIECE = 3;

	private final List<BitSet> graphs;

	public KeyboardPatterns(List<Keyboard> keyboards) {
		graphs = keyboards.stream().map(KeyboardPatterns::adjacency).toList();
	}

	public boolean found(CharSequence password) {
		for (BitSet graph : graphs) {
			if (foundOn(graph, password)) {
				return true;
			}
		}
		return false;
	}

	private static boolean foundOn(BitSet graph, CharSequence s) {
		int n = s.length();
		int walk = 1;
		boolean coveredByPieces = n >= 2 * MIN_PIECE;
		for (int i = 1; i <= n; i++) {
			boolean next = i < n && adjacent(graph, s.charAt(i - 1), s.charAt(i));
			if (next) {
				walk++;
				if (Patterns.significant(walk, n, MIN_WALK)) {
					return true;
				}
			} else {
				if (walk < MIN_PIECE) {
					coveredByPieces = false;
				}
				walk = 1;
			}
		}
		return coveredByPieces;
	}

	private static boolean adjacent(BitSet graph, char a, char b) {
		return a < 128 && b < 128 && graph.get(a * 128 + b);
	}

	private static BitSet adjacency(Keyboard keyboard) {
		BitSet bits = new BitSet(128 * 128);
		for (Map.Entry<Character, List<String>> entry : keyboard.getAdjacencyGraph().entrySet()) {
			char key = entry.getKey();
			if (key >= 128) {
				continue;
			}
			for (String neighbours : entry.getValue()) {
				if (neighbours == null) {
					continue;
				}
				for (char n : neighbours.toCharArray()) {
					if (n < 128 && n != key) {
						bits.set(key * 128 + n);
					}
				}
			}
		}
		return bits;
	}
}
