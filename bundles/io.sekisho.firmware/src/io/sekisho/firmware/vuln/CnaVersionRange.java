package io.sekisho.firmware.vuln;

/**
 * One version entry of a CNA {@code affected} block (CVE JSON 5 semantics).
 *
 * @param status {@code affected}, {@code unaffected} or {@code unknown}
 * @param versionType {@code semver}, {@code custom}, ... or null
 */
public record CnaVersionRange(String version, String lessThan, String lessThanOrEqual, String status,
		String versionType) {
}
