package io.sekisho.firmware.vuln;

import java.time.LocalDate;

/**
 * One entry of CISA's Known Exploited Vulnerabilities catalog, with its fields as CISA publishes them. A due date
 * before the added date occurs in the real catalog and is kept as it is.
 *
 * @param knownRansomwareCampaignUse {@code Known} or {@code Unknown}
 */
public record KevEntry(String cveId, String vendorProject, String product, String name, LocalDate dateAdded,
		LocalDate dueDate, String requiredAction, String knownRansomwareCampaignUse, String notes) {

	/** True when CISA knows of ransomware campaigns using the vulnerability. */
	public boolean ransomwareUse() {
		return "Known".equalsIgnoreCase(knownRansomwareCampaignUse); //$NON-NLS-1$
	}
}
