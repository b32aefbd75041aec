package io.sekisho.core.time;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import io.sekisho.core.internal.Messages;

/**
 * The one date parser for every date a person types or a workbook returns: ISO ({@code 2025-06-30}), slashes
 * ({@code 2025/6/30}), kanji ({@code 2025年6月30日}), the Japanese calendar ({@code 令和7年6月30日}, {@code 令和元年5月1日})
 * and its short form ({@code R7.6.30}, {@code H31.4.30}); full-width digits and letters are accepted (NFKC). It is
 * strict: a day that does not exist ({@code 2025/2/30}) or lies outside its era ({@code 令和元年4月30日}) is an error,
 * never the nearest valid day. Callers add the place (sheet and cell, line and column) to the message.
 */
public final class StrictDates {

	/** Why a text is not a date; the message (Japanese or English) names the text but not its place. */
	public static final class DateFormatException extends IllegalArgumentException {
		private static final long serialVersionUID = 1L;

		DateFormatException(String message) {
			super(message);
		}
	}

	private static final Pattern GREGORIAN = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})"); //$NON-NLS-1$
	private static final Pattern KANJI = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日"); //$NON-NLS-1$
	private static final Pattern ERA = Pattern.compile("(明治|大正|昭和|平成|令和)(元|\\d{1,2})年(\\d{1,2})月(\\d{1,2})日"); //$NON-NLS-1$
	private static final Pattern ERA_SHORT = Pattern.compile("([MTSHRmtshr])(\\d{1,2})[./-](\\d{1,2})[./-](\\d{1,2})"); //$NON-NLS-1$
	private static final Map<String, JapaneseEra> ERAS = Map.of("明治", JapaneseEra.MEIJI, "大正", JapaneseEra.TAISHO, "昭和", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			JapaneseEra.SHOWA, "平成", JapaneseEra.HEISEI, "令和", JapaneseEra.REIWA, "M", JapaneseEra.MEIJI, "T", JapaneseEra.TAISHO, "S", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			JapaneseEra.SHOWA, "H", JapaneseEra.HEISEI, "R", JapaneseEra.REIWA); //$NON-NLS-1$ //$NON-NLS-2$

	private StrictDates() {
	}

	/**
	 * @return the date of {@code text}
	 * @throws DateFormatException when the text is no date in one of the accepted forms, or no existing day
	 */
	public static LocalDate parse(String text) {
		String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).strip(); //$NON-NLS-1$
		Matcher m = GREGORIAN.matcher(t);
		if (m.matches()) {
			return day(text, number(m.group(1)), number(m.group(3)), number(m.group(4)));
		}
		m = KANJI.matcher(t);
		if (m.matches()) {
			return day(text, number(m.group(1)), number(m.group(2)), number(m.group(3)));
		}
		m = ERA.matcher(t);
		if (m.matches()) {
			int year = m.group(2).equals("元") ? 1 : number(m.group(2)); //$NON-NLS-1$
			return eraDay(text, ERAS.get(m.group(1)), year, number(m.group(3)), number(m.group(4)));
		}
		m = ERA_SHORT.matcher(t);
		if (m.matches()) {
			return eraDay(text, ERAS.get(m.group(1).toUpperCase(java.util.Locale.ROOT)), number(m.group(2)), number(m.group(3)),
					number(m.group(4)));
		}
		throw new DateFormatException(NLS.bind(Messages.Date_unknownForm, text));
	}

	private static int number(String digits) {
		return Integer.parseInt(digits);
	}

	private static LocalDate day(String text, int year, int month, int day) {
		try {
			return LocalDate.of(year, month, day);
		} catch (DateTimeException e) {
			throw new DateFormatException(NLS.bind(Messages.Date_noSuchDay, text));
		}
	}

	private static LocalDate eraDay(String text, JapaneseEra era, int yearOfEra, int month, int day) {
		try {
			JapaneseDate date = JapaneseDate.of(era, yearOfEra, month, day);
			return LocalDate.from(date);
		} catch (DateTimeException e) {
			throw new DateFormatException(NLS.bind(Messages.Date_noSuchDay, text));
		}
	}
}
