package io.sekisho.firmware.register;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import io.sekisho.model.facility.SecuritySoftware;

/**
 * The notice's definition-file check: definitions older than a number of days (7 by default) are 定義ファイルが古い.
 */
public final class SecuritySoftwareCheck {

	public static final int DEFAULT_MAX_AGE_DAYS = 7;

	private final int maxAgeDays;
	private final LocalDate today;

	public SecuritySoftwareCheck(int maxAgeDays, LocalDate today) {
		if (maxAgeDays < 0) {
			throw new IllegalArgumentException(String.valueOf(maxAgeDays));
		}
		this.maxAgeDays = maxAgeDays;
		this.today = today;
	}

	/** @return whether the definitions are older than allowed; false when no date is recorded (then unknown) */
	public boolean stale(SecuritySoftware software) {
		return software != null && software.getDefinitionDate() != null && ageDays(software) > maxAgeDays;
	}

	/** @return days since the definition date, or -1 when none is recorded */
	public long ageDays(SecuritySoftware software) {
		return software == null || software.getDefinitionDate() == null ? -1 : ChronoUnit.DAYS.between(software.getDefinitionDate(), today);
	}

	public int maxAgeDays() {
		return maxAgeDays;
	}
}
