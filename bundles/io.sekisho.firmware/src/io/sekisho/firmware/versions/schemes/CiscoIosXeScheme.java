package io.sekisho.firmware.versions.schemes;

/**
 * Cisco IOS XE: {@code 17.9.4a}; numbers compare as numbers ({@code 17.9.4a} &lt; {@code 17.9.10},
 * {@code 17.03.08a} = {@code 17.3.8a}) and a rebuild letter comes after the plain release. The old 3.x line
 * ({@code 03.06.05E}, {@code 03.09.01.S} = NVD's {@code 3.9.1s}) reads the same way. Special builds ({@code V169_5_SR689355441_2}) are not readable.
 */
public final class CiscoIosXeScheme extends PatternScheme {

	public CiscoIosXeScheme() {
		super("(?:^|Version\\s+|\\s)(?<v>\\d+\\.\\d+(?:\\.\\d+)?(?:\\.?[a-z]{1,2})?)(?=$|[,\\s])"); //$NON-NLS-1$
	}
}
