package io.sekisho.firmware.vuln;

import java.time.LocalDate;
import java.util.List;

/**
 * One JVN iPedia advisory (JVNDB-YYYY-NNNNNN), with its Japanese title and summary.
 *
 * @param cveIds the CVEs it covers; empty for a JVN-only advisory
 * @param severity the JVN severity ({@code Critical}/{@code High}/{@code Medium}/{@code Low}, or the RDF's
 *            {@code 緊急}... mapped to these), or null
 * @param score the CVSS base score JVN gives, or null
 */
public record JvnAdvisory(String jvnId, List<String> cveIds, String titleJa, String summaryJa,
		List<JvnProduct> products, String severity, Double score, LocalDate published) {
	public JvnAdvisory {
		cveIds = Lists.copy(cveIds);
		products = Lists.copy(products);
	}
}
