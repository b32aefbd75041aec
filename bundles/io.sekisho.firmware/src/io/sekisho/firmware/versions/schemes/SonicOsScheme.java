package io.sekisho.firmware.versions.schemes;

/**
 * SonicWall SonicOS: {@code 6.5.4.15-116n}; the hyphen is just a separator ({@code 6.5.4.15-116n} =
 * {@code 6.5.4.15.116n}).
 */
public final class SonicOsScheme extends PatternScheme {

	public SonicOsScheme() {
		super("(?:^|\\s)(?<v>\\d+(?:\\.\\d+){1,4}(?:[-.]\\d+[a-z]?)?)(?=$|[,\\s])"); //$NON-NLS-1$
	}
}
