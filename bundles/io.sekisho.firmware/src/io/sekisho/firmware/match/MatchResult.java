package io.sekisho.firmware.match;

import java.util.List;
import java.util.Optional;

import io.sekisho.firmware.versions.Version;

/**
 * The vulnerabilities that apply to one firmware, most certain and worst first.
 *
 * @param version the installed version as the scheme read it; empty when it could not be read (then nothing can be
 *            ruled out: 要確認)
 * @param scheme the id of the version scheme used
 */
public record MatchResult(FirmwareQuery query, Optional<Version> version, String scheme, List<CveMatch> matches) {

	public MatchResult {
		matches = List.copyOf(matches);
	}

	public boolean versionReadable() {
		return version.isPresent();
	}

	public boolean anyKnownExploited() {
		return matches.stream().anyMatch(m -> m.applicability() == Applicability.AFFECTED && m.knownExploited());
	}

	public boolean any(Applicability applicability) {
		return matches.stream().anyMatch(m -> m.applicability() == applicability);
	}
}
