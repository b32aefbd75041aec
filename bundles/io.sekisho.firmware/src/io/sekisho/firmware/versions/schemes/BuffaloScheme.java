package io.sekisho.firmware.versions.schemes;

/**
 * Buffalo access points and routers: {@code Ver.1.10} or {@code 1.10}; the parts compare as numbers, so
 * {@code 1.9} &lt; {@code 1.10}.
 */
public final class BuffaloScheme extends PatternScheme {

	public BuffaloScheme() {
		super("(?:^|Ver\\.?\\s*|\\s)(?<v>\\d+\\.\\d+(?:\\.\\d+)?)(?=$|[,\\s(])"); //$NON-NLS-1$
	}
}
