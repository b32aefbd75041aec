package io.sekisho.firmware.versions.schemes;

/**
 * Juniper Junos: {@code 20.4R3-S4.8}: release, R level, service release, build; all numbers compare as numbers
 * ({@code 20.4R3-S4.8} &lt; {@code 20.4R3-S10}). NVD puts {@code r3-s4} into the CPE update field.
 */
public final class JuniperScheme extends PatternScheme {

	public JuniperScheme() {
		super("(?:^|\\s|\\[)(?<v>\\d+\\.\\d+(?:-?[rxd]\\d+(?:\\.\\d+)?)?(?:-[sd]\\d+(?:\\.\\d+)?)?)(?=$|[,\\s\\]])"); //$NON-NLS-1$
	}

	@Override
	String normalize(String found) {
		// 20.4-r3-s4 (CPE version + update) is 20.4R3-S4
		return found.replaceFirst("^(\\d+\\.\\d+)-", "$1"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public boolean updateFieldHoldsReleases() {
		return true;
	}
}
