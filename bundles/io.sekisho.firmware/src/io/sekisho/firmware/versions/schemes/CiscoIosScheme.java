package io.sekisho.firmware.versions.schemes;

/**
 * Classic Cisco IOS: {@code 15.2(4)M7}: major.minor(release)train+rebuild; the rebuild compares as a number, so
 * {@code 15.2(4)M7} &lt; {@code 15.2(4)M10}. NVD escapes the parentheses in CPE names, which the matcher removes.
 */
public final class CiscoIosScheme extends PatternScheme {

	public CiscoIosScheme() {
		super("(?:^|Version\\s+|\\s)(?<v>\\d+\\.\\d+\\(\\d+[a-z]?\\)(?:[a-z]+\\d*[a-z]?)?)(?=$|[,\\s])"); //$NON-NLS-1$
	}
}
