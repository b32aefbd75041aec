package io.sekisho.firmware.versions.schemes;

/**
 * FortiOS and FortiProxy: major.minor.patch; the build number and release tag that {@code get system status} prints
 * ({@code v6.4.11,build2030,221031 (GA.M)}) are not part of the version NVD compares.
 */
public final class FortiOsScheme extends PatternScheme {

	public FortiOsScheme() {
		super("(?:^|[\\sv])(?<v>\\d+\\.\\d+(?:\\.\\d+)?)(?=$|[,\\s])"); //$NON-NLS-1$
	}
}
