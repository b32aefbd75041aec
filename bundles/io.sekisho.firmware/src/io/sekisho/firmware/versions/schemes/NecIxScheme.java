package io.sekisho.firmware.versions.schemes;

/**
 * NEC UNIVERGE IX routers: {@code Ver10.7.18} or {@code 10.7.18} (IX-R/IX-V: {@code Ver1.4.21}); three numbers.
 */
public final class NecIxScheme extends PatternScheme {

	public NecIxScheme() {
		super("(?:^|Ver\\.?\\s*|Version\\s+|\\s)(?<v>\\d+\\.\\d+(?:\\.\\d+)?)(?=$|[,\\s(])"); //$NON-NLS-1$
	}
}
