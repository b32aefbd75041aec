package io.sekisho.core.time;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

import io.sekisho.core.internal.Messages;

import org.eclipse.osgi.util.NLS;

/**
 * A Japanese fiscal year (年度): April 1 to March 31 of the following year. Checklist target dates for an
 * いいえ answer must fall inside the fiscal year of the checklist edition, so this class is the single place that
 * knows the boundaries. The Reiwa era started on 2019-05-01; 令和元年度 is FY2019.
 */
public record FiscalYear(int year) implements Comparable<FiscalYear> {

	private static final int FIRST_REIWA_FISCAL_YEAR = 2019;

	public FiscalYear {
		if (year < 1900 || year > 9998) {
			throw new IllegalArgumentException("fiscal year out of range: " + year); //$NON-NLS-1$
		}
	}

	/** @return the fiscal year that contains {@code date} */
	public static FiscalYear of(LocalDate date) {
		Objects.requireNonNull(date);
		return new FiscalYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
	}

	/** @return the fiscal year 令和 {@code reiwaYear} 年度 (1 = FY2019) */
	public static FiscalYear ofReiwa(int reiwaYear) {
		if (reiwaYear < 1) {
			throw new IllegalArgumentException("Reiwa year must be 1 or later: " + reiwaYear); //$NON-NLS-1$
		}
		return new FiscalYear(FIRST_REIWA_FISCAL_YEAR - 1 + reiwaYear);
	}

	public LocalDate firstDay() {
		return LocalDate.of(year, Month.APRIL, 1);
	}

	public LocalDate lastDay() {
		return LocalDate.of(year + 1, Month.MARCH, 31);
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
	}

	/** @return the Reiwa year number of this fiscal year, or 0 before FY2019 */
	public int reiwaYear() {
		return year >= FIRST_REIWA_FISCAL_YEAR ? year - FIRST_REIWA_FISCAL_YEAR + 1 : 0;
	}

	/** @return a label in the current locale: 令和7年度 in Japanese, FY2025 in English */
	public String label() {
		int reiwa = reiwaYear();
		return reiwa > 0 ? NLS.bind(Messages.FiscalYear_reiwaLabel, Integer.toString(year), reiwa == 1 ? Messages.FiscalYear_firstYear : Integer.toString(reiwa))
				: NLS.bind(Messages.FiscalYear_label, Integer.toString(year));
	}

	@Override
	public int compareTo(FiscalYear other) {
		return Integer.compare(year, other.year);
	}
}
