package io.sekisho.firmware.match;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.sekisho.firmware.vuln.CveRecord;
import io.sekisho.firmware.vuln.CvssScore;
import io.sekisho.firmware.vuln.JvnAdvisory;
import io.sekisho.firmware.vuln.KevEntry;

/**
 * One vulnerability that applies to a device's firmware.
 *
 * @param id the CVE id, or the JVN id of a JVN-only advisory
 * @param cve the NVD record; null for a JVN-only advisory
 * @param fixedIn the first fixed version where the record's bounds tell it (an excluded end), else null
 * @param basis {@code nvd}, {@code cna} or {@code jvn}
 */
public record CveMatch(String id, CveRecord cve, Applicability applicability, String fixedIn, String basis, Optional<KevEntry> kev,
		List<JvnAdvisory> jvn) {

	public static final String BASIS_NVD = "nvd"; //$NON-NLS-1$
	public static final String BASIS_CNA = "cna"; //$NON-NLS-1$
	public static final String BASIS_JVN = "jvn"; //$NON-NLS-1$

	public CveMatch {
		jvn = List.copyOf(jvn);
	}

	public boolean knownExploited() {
		return kev.isPresent();
	}

	/** @return the score shown first: NVD's primary, else the JVN score; empty when none */
	public Optional<Double> score() {
		Optional<CvssScore> primary = cve == null ? Optional.empty() : cve.primaryScore();
		if (primary.isPresent()) {
			return Optional.of(primary.get().baseScore());
		}
		return jvn.stream().map(JvnAdvisory::score).filter(s -> s != null).findFirst();
	}

	/** @return CRITICAL, HIGH, MEDIUM, LOW or NONE; UNKNOWN when no score is known */
	public String severity() {
		Optional<CvssScore> primary = cve == null ? Optional.empty() : cve.primaryScore();
		if (primary.isPresent() && primary.get().baseSeverity() != null && !primary.get().baseSeverity().isBlank()) {
			return primary.get().baseSeverity().toUpperCase(Locale.ROOT);
		}
		Optional<String> jvnSeverity = jvn.stream().map(JvnAdvisory::severity).filter(s -> s != null && !s.isBlank()).findFirst();
		if (jvnSeverity.isPresent()) {
			return jvnSeverity.get().toUpperCase(Locale.ROOT);
		}
		return score().map(CveMatch::severityOf).orElse("UNKNOWN"); //$NON-NLS-1$
	}

	/** CVSS v3 qualitative rating of a score (also used for v2 scores, which carry none in the CVSS data). */
	static String severityOf(double score) {
		if (score >= 9.0) {
			return "CRITICAL"; //$NON-NLS-1$
		}
		if (score >= 7.0) {
			return "HIGH"; //$NON-NLS-1$
		}
		if (score >= 4.0) {
			return "MEDIUM"; //$NON-NLS-1$
		}
		return score > 0 ? "LOW" : "NONE"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
