package io.sekisho.ui.editor;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Enumerator;

/**
 * The order of table cells by their value, not their text: numbers as numbers, dates as dates, enum literals in
 * their model order (severity low to critical), flags false before true, IPv4 addresses by their octets
 * ({@code 10.0.0.9} before {@code 10.0.0.10}), and other text in natural order: digit runs as numbers
 * ({@code PC-2} before {@code PC-10}), the rest by the collator of the user's language. Lists compare item by
 * item. Empty values ({@code null}, blank text, empty lists) are not ordered here: see {@link #isEmpty(Object)}.
 */
public final class ValueOrder implements Comparator<Object> {

	private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?:/(\\d{1,2}))?"); //$NON-NLS-1$
	private static final Pattern DIGITS = Pattern.compile("\\d+"); //$NON-NLS-1$

	private final Collator collator;

	/** Text in the order of the user's language. */
	public ValueOrder() {
		this(Locale.getDefault());
	}

	public ValueOrder(Locale locale) {
		this.collator = Collator.getInstance(locale);
	}

	/** @return true for a value that has nothing to sort by: null, blank text or an empty list */
	public static boolean isEmpty(Object value) {
		return value == null || value instanceof String text && text.isBlank() || value instanceof Collection<?> list && list.isEmpty();
	}

	@Override
	public int compare(Object a, Object b) {
		if (isEmpty(a) || isEmpty(b)) {
			return Boolean.compare(isEmpty(a), isEmpty(b)); // empty last
		}
		if (a instanceof Collection<?> left && b instanceof Collection<?> right) {
			return compareLists(left, right);
		}
		if (a instanceof Collection<?> left) {
			return compare(left.iterator().next(), b);
		}
		if (b instanceof Collection<?> right) {
			return compare(a, right.iterator().next());
		}
		if (a instanceof Number x && b instanceof Number y) {
			return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString()));
		}
		if (a instanceof Enumerator x && b instanceof Enumerator y && a.getClass() == b.getClass()) {
			return Integer.compare(x.getValue(), y.getValue());
		}
		if (a instanceof String x && b instanceof String y) {
			return compareText(x.strip(), y.strip());
		}
		if (a.getClass() == b.getClass() && a instanceof Comparable<?>) {
			@SuppressWarnings("unchecked")
			Comparable<Object> comparable = (Comparable<Object>) a;
			return comparable.compareTo(b); // dates, times, flags
		}
		return compareText(String.valueOf(a), String.valueOf(b));
	}

	/**
	 * @return a key for {@code value} that compares with the keys of other values as {@link #compare} compares the
	 *         values, with the work of reading addresses, numbers and text done once: for sorting many rows
	 */
	public Key key(Object value) {
		return new Key(value);
	}

	/** A value prepared for comparing (see {@link ValueOrder#key(Object)}). */
	public final class Key implements Comparable<Key> {
		private final Object value;
		private final List<Key> items;
		private final BigDecimal number;
		private final long[] ipv4;
		private final Object[] natural;

		Key(Object value) {
			this.value = value;
			items = value instanceof Collection<?> list ? list.stream().map(Key::new).toList() : null;
			number = value instanceof Number n ? new BigDecimal(n.toString()) : null;
			String text = value instanceof String t ? t.strip() : null;
			ipv4 = text == null ? null : ipv4(text);
			natural = text == null || ipv4 != null ? null : segments(text);
		}

		@Override
		public int compareTo(Key other) {
			if (isEmpty(value) || isEmpty(other.value)) {
				return Boolean.compare(isEmpty(value), isEmpty(other.value));
			}
			if (items != null && other.items != null) {
				for (int k = 0; k < items.size() && k < other.items.size(); k++) {
					int result = items.get(k).compareTo(other.items.get(k));
					if (result != 0) {
						return result;
					}
				}
				return Integer.compare(items.size(), other.items.size());
			}
			if (items != null) {
				return items.get(0).compareTo(other);
			}
			if (other.items != null) {
				return compareTo(other.items.get(0));
			}
			if (number != null && other.number != null) {
				return number.compareTo(other.number);
			}
			if (value instanceof String && other.value instanceof String) {
				if (ipv4 != null || other.ipv4 != null) {
					return ipv4 != null && other.ipv4 != null ? compareOctets(ipv4, other.ipv4) : ipv4 != null ? -1 : 1;
				}
				return compareSegments(natural, other.natural);
			}
			return ValueOrder.this.compare(value, other.value);
		}
	}

	/** Text split into its runs of other text (as collation keys) and of digits (as numbers), alternating. */
	private Object[] segments(String text) {
		List<Object> parts = new ArrayList<>();
		Matcher m = DIGITS.matcher(text);
		int i = 0;
		while (m.find(i)) {
			parts.add(collator.getCollationKey(text.substring(i, m.start())));
			parts.add(new BigInteger(m.group()));
			i = m.end();
		}
		parts.add(collator.getCollationKey(text.substring(i)));
		return parts.toArray();
	}

	/** The order of {@link #natural(String, String)}, on prepared segments. */
	private static int compareSegments(Object[] x, Object[] y) {
		for (int k = 0;; k += 2) {
			int result = ((CollationKey) x[k]).compareTo((CollationKey) y[k]);
			boolean moreX = k + 1 < x.length;
			boolean moreY = k + 1 < y.length;
			if (result != 0 || !moreX || !moreY) {
				return result != 0 ? result : Boolean.compare(moreX, moreY);
			}
			result = ((BigInteger) x[k + 1]).compareTo((BigInteger) y[k + 1]);
			if (result != 0) {
				return result;
			}
		}
	}

	private static int compareOctets(long[] x, long[] y) {
		for (int k = 0; k < x.length; k++) {
			if (x[k] != y[k]) {
				return Long.compare(x[k], y[k]);
			}
		}
		return 0;
	}

	private int compareLists(Collection<?> left, Collection<?> right) {
		Iterator<?> i = left.iterator();
		Iterator<?> j = right.iterator();
		while (i.hasNext() && j.hasNext()) {
			int result = compare(i.next(), j.next());
			if (result != 0) {
				return result;
			}
		}
		return Boolean.compare(i.hasNext(), j.hasNext());
	}

	/** IPv4 addresses numerically (an address before any other text), other text in natural order. */
	int compareText(String a, String b) {
		long[] x = ipv4(a);
		long[] y = ipv4(b);
		if (x != null && y != null) {
			for (int k = 0; k < x.length; k++) {
				if (x[k] != y[k]) {
					return Long.compare(x[k], y[k]);
				}
			}
			return 0;
		}
		if (x != null || y != null) {
			return x != null ? -1 : 1;
		}
		return natural(a, b);
	}

	/** @return the four octets and the prefix length (33 without one), or null when {@code text} is no IPv4 address */
	private static long[] ipv4(String text) {
		Matcher m = IPV4.matcher(text);
		if (!m.matches()) {
			return null;
		}
		long[] parts = new long[5];
		for (int k = 0; k < 4; k++) {
			parts[k] = Long.parseLong(m.group(k + 1));
			if (parts[k] > 255) {
				return null;
			}
		}
		parts[4] = m.group(5) == null ? 33 : Long.parseLong(m.group(5));
		return parts;
	}

	/** Alternating runs of digits (compared as numbers) and other text (compared by the collator). */
	private int natural(String a, String b) {
		Matcher x = DIGITS.matcher(a);
		Matcher y = DIGITS.matcher(b);
		int i = 0;
		int j = 0;
		while (true) {
			boolean moreX = x.find(i);
			boolean moreY = y.find(j);
			String textX = moreX ? a.substring(i, x.start()) : a.substring(i);
			String textY = moreY ? b.substring(j, y.start()) : b.substring(j);
			int result = collator.compare(textX, textY);
			if (result != 0 || !moreX || !moreY) {
				return result != 0 ? result : Boolean.compare(moreX, moreY);
			}
			result = new BigInteger(x.group()).compareTo(new BigInteger(y.group()));
			if (result != 0) {
				return result;
			}
			i = x.end();
			j = y.end();
		}
	}
}
