package io.sekisho.firmware.vuln;

import java.util.List;

/** One node of an NVD configuration: its CPE matches combined by {@code operator} ({@code AND}/{@code OR}). */
public record Node(String operator, boolean negate, List<CpeMatch> matches) {
	public Node {
		matches = Lists.copy(matches);
	}
}
