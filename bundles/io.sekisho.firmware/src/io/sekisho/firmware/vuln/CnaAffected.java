package io.sekisho.firmware.vuln;

import java.util.List;

/** The CNA's {@code affected} entry of a CVE (free-text vendor and product, as the CNA wrote them). */
public record CnaAffected(String vendor, String product, List<CnaVersionRange> versions) {
	public CnaAffected {
		versions = Lists.copy(versions);
	}
}
