package io.sekisho.firmware.versions.schemes;

/**
 * YAMAHA RTX/NVR/FWX routers and their OEM versions (NTT Biz Box): {@code Rev.14.01.33}, compared as three numbers
 * (NVD writes {@code 14.01.38}).
 */
public final class YamahaScheme extends PatternScheme {

	public YamahaScheme() {
		super("(?:^|Rev\\.?\\s*|\\s)(?<v>\\d+\\.\\d+\\.\\d+)(?=$|[\\s(])"); //$NON-NLS-1$
	}
}
