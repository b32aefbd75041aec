package io.sekisho.firmware.versions.schemes;

/**
 * Palo Alto PAN-OS: {@code 10.2.9-h10}: a hotfix after the maintenance release, compared as a number
 * ({@code 10.2.9-h10} &gt; {@code 10.2.9-h9}). NVD puts the hotfix into the CPE update field ({@code h1}).
 */
public final class PanOsScheme extends PatternScheme {

	public PanOsScheme() {
		super("(?:^|\\s)(?<v>\\d+\\.\\d+(?:\\.\\d+)?(?:-?h\\d+)?)(?=$|[,\\s])"); //$NON-NLS-1$
	}

	@Override
	public boolean updateFieldHoldsReleases() {
		return true;
	}
}
