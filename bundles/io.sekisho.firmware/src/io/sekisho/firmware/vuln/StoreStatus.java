package io.sekisho.firmware.vuln;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What a store holds: the date of its data and the number of records per source.
 *
 * @param dataDate the newest date the imported data carries (feed timestamp, KEV release, newest record), or null
 *            for an empty store
 * @param nvdAnalysed NVD records with configurations
 * @param nvdAwaiting NVD records without configurations (awaiting analysis)
 * @param nvdWithCnaData of those awaiting analysis, the ones that carry CNA affected data
 */
public record StoreStatus(LocalDate dataDate, long nvdAnalysed, long nvdAwaiting, long nvdWithCnaData,
		long kevEntries, long jvnAdvisories) {

	/** Data older than this many days gets a warning (issue 11: 30 days). */
	public static final int STALE_AFTER_DAYS = 30;

	public long nvdTotal() {
		return nvdAnalysed + nvdAwaiting;
	}

	public boolean isEmpty() {
		return nvdTotal() == 0 && kevEntries == 0 && jvnAdvisories == 0;
	}

	/** Days between the data's date and {@code today}, or -1 for an empty store. */
	public long ageDays(LocalDate today) {
		return dataDate == null ? -1 : ChronoUnit.DAYS.between(dataDate, today);
	}

	/** True when the data is older than {@link #STALE_AFTER_DAYS} on {@code today}, or there is none. */
	public boolean isStale(LocalDate today) {
		return dataDate == null || ageDays(today) > STALE_AFTER_DAYS;
	}
}
