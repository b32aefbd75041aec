package io.sekisho.firmware.vuln.feed;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The date part of the ISO timestamps feeds carry. */
final class Dates {
	private Dates() {
	}

	/** The date of {@code 2024-06-01}, {@code 2024-06-01T03:00:01.123} or {@code 2025-04-11T23:52+09:00}. */
	static LocalDate parse(String text) throws DateTimeParseException {
		String t = text.trim();
		return LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
	}

	static LocalDate parseOrNull(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return parse(text);
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	static LocalDate max(LocalDate a, LocalDate b) {
		if (a == null) {
			return b;
		}
		return b == null || a.isAfter(b) ? a : b;
	}
}
