package io.sekisho.firmware.vuln;

/**
 * One NVD cpeMatch: a CPE 2.3 name with optional version bounds; {@code vulnerable == false} marks a platform
 * entry (the hardware the firmware runs on). Absent bounds are null.
 */
public record CpeMatch(boolean vulnerable, String criteria, String versionStartIncluding,
		String versionStartExcluding, String versionEndIncluding, String versionEndExcluding) {

	/** The vendor part of {@link #criteria()} ({@code cpe:2.3:o:fortinet:fortios:...} gives {@code fortinet}). */
	public String vendor() {
		return CpeNames.part(criteria, 3);
	}

	/** The product part of {@link #criteria()}. */
	public String product() {
		return CpeNames.part(criteria, 4);
	}
}
