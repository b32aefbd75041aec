package io.sekisho.password.internal;

/**
 * Years and dates written as digits: a run of exactly four digits 1900–2099, six digits as yymmdd, eight as
 * yyyymmdd. zxcvbn4j adds its own date patterns (with separators, day-first orders) on the estimated prefix.
 */
public final class Dates {

	private Dates() {
	}

	public static boolean found(char[] s) {
		int i = 0;
		while (i < s.length) {
			if (!isDigit(s[i])) {
				i++;
				continue;
			}
			int start = i;
			while (i < s.length && isDigit(s[i])) {
				i++;
			}
			int length = i - start;
			if (length == 4 && isYear(number(s, start, 4))
					|| length == 6 && isMonthDay(number(s, start + 2, 2), number(s, start + 4, 2))
					|| length == 8 && isYear(number(s, start, 4))
							&& isMonthDay(number(s, start + 4, 2), number(s, start + 6, 2))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isYear(int y) {
		return y >= 1900 && y <= 2099;
	}

	private static boolean isMonthDay(int month, int day) {
		return month >= 1 && month <= 12 && day >= 1 && day <= 31;
	}

	private static int number(char[] s, int from, int count) {
		int n = 0;
		for (int i = from; i < from + count; i++) {
			n = n * 10 + (s[i] - '0');
		}
		return n;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}
}
