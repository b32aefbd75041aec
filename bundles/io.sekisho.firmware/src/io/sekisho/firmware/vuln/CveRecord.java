package io.sekisho.firmware.vuln;

import java.util.List;

/**
 * One CVE as NVD publishes it (CVE JSON 2.0, feed or API). Dates are the ISO strings of the feed
 * ({@code 2019-06-04T21:29:00.207}).
 *
 * @param vulnStatus NVD's status ({@code Analyzed}, {@code Modified}, {@code Awaiting Analysis}, ...)
 * @param descriptionEn the English description
 * @param scores CVSS scores, the NVD primary score of the newest CVSS version first
 * @param configurations NVD's applicability statements; empty means NVD has not analysed the record yet
 *            (awaiting analysis), never "not affected"
 * @param cnaAffected the CNA's {@code affected} data where the record carries it (CVE 5 style vendor, product,
 *            versions), so a record awaiting analysis can still be matched at lower confidence
 */
public record CveRecord(String cveId, String published, String lastModified, String vulnStatus, String descriptionEn,
		List<CvssScore> scores, List<Configuration> configurations, List<CnaAffected> cnaAffected,
		List<String> cweIds, List<String> references) {

	public CveRecord {
		scores = Lists.copy(scores);
		configurations = Lists.copy(configurations);
		cnaAffected = Lists.copy(cnaAffected);
		cweIds = Lists.copy(cweIds);
		references = Lists.copy(references);
	}

	/** NVD has not analysed the record: no configurations (it may still carry CNA data). */
	public boolean awaitingAnalysis() {
		return configurations.isEmpty();
	}

	/** The score shown first: scores are kept in that order (NVD primary of the newest version first). */
	public java.util.Optional<CvssScore> primaryScore() {
		return scores.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(scores.get(0));
	}
}
