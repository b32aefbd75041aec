package io.sekisho.firmware.vuln.feed;

/** The vulnerability data formats the importer recognises by content. */
public enum FeedFormat {
	/** An NVD CVE JSON 2.0 feed file or NVD CVE API 2.0 response ({@code vulnerabilities[].cve}). */
	NVD,
	/** One NVD CVE object on its own (as the per-CVE files of NVD mirrors hold it). */
	NVD_RECORD,
	/** The CISA Known Exploited Vulnerabilities catalog. */
	KEV,
	/** JVN iPedia RSS/RDF: the JVNDB bulk RDF files and MyJVN getVulnOverviewList responses. */
	JVN_RDF,
	/** JVN iPedia VULDEF: the JVNDB detail files and MyJVN getVulnDetailInfo responses. */
	JVN_VULDEF;

	/** Short label of the source for machine output. */
	public String source() {
		return switch (this) {
		case NVD, NVD_RECORD -> "nvd"; //$NON-NLS-1$
		case KEV -> "kev"; //$NON-NLS-1$
		case JVN_RDF, JVN_VULDEF -> "jvn"; //$NON-NLS-1$
		};
	}
}
