package io.sekisho.firmware.match;

/** How a CVE applies to installed firmware; the names are the codes of {@code sekishoc firmware lookup}. */
public enum Applicability {
	/** The data names the installed version (and, where a configuration requires it, the hardware). */
	AFFECTED,
	/** The firmware version matches, but a configuration's hardware is unknown or named differently. */
	POSSIBLE,
	/** NVD has not analysed the record: matched from the CNA's affected data (or a JVN-only advisory). */
	AWAITING,
	/** The record's bounds or the installed version could not be read: check by hand. */
	UNREADABLE;

	/** @return the more certain of two results (AFFECTED before POSSIBLE before AWAITING before UNREADABLE) */
	static Applicability stronger(Applicability a, Applicability b) {
		if (a == null) {
			return b;
		}
		if (b == null) {
			return a;
		}
		return a.ordinal() <= b.ordinal() ? a : b;
	}
}
