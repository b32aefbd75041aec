package io.sekisho.firmware.versions.schemes;

/**
 * Ivanti Connect Secure / Policy Secure (formerly Pulse Secure): {@code 9.0R3.4}: the release after the R compares as
 * numbers ({@code 9.0R3.4} &lt; {@code 9.0R10}). NVD puts {@code r3.4} into the CPE update field.
 */
public final class IvantiScheme extends PatternScheme {

	public IvantiScheme() {
		super("(?:^|\\s)(?<v>\\d+\\.\\d+(?:-?r\\d+(?:\\.\\d+){0,2})?)(?=$|[,\\s(])"); //$NON-NLS-1$
	}

	@Override
	String normalize(String found) {
		// the CPE form joins version and update with a hyphen (9.0-r3.4): the same release as 9.0R3.4
		return found.replace("-", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public boolean updateFieldHoldsReleases() {
		return true;
	}
}
