package io.sekisho.workbook;

import java.util.Locale;

/** The language of the workbook's sheet names, headers and texts; chosen per export, not by the JVM locale. */
public enum WorkbookLanguage {
	JA(Locale.JAPANESE), EN(Locale.ENGLISH);

	private final Locale locale;

	WorkbookLanguage(Locale locale) {
		this.locale = locale;
	}

	public Locale locale() {
		return locale;
	}

	/** @return the language for a code such as "ja" or "en", case-insensitive; {@code null} for anything else */
	public static WorkbookLanguage of(String code) {
		for (WorkbookLanguage language : values()) {
			if (language.locale.getLanguage().equalsIgnoreCase(code)) {
				return language;
			}
		}
		return null;
	}

	/** @return the language that matches a locale, Japanese unless the locale is not Japanese */
	public static WorkbookLanguage forLocale(Locale locale) {
		return Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? JA : EN;
	}
}
