package io.sekisho.firmware.vuln;

/**
 * A CVSS score of a CVE.
 *
 * @param version {@code "4.0"}, {@code "3.1"}, {@code "3.0"} or {@code "2.0"}
 * @param primary true for NVD's own score, false for a secondary source (a CNA)
 * @param baseSeverity {@code CRITICAL}, {@code HIGH}, {@code MEDIUM}, {@code LOW} or {@code NONE} (v2: as NVD
 *            gives it)
 * @param vector the vector string
 */
public record CvssScore(String version, boolean primary, double baseScore, String baseSeverity, String vector) {
}
