package io.sekisho.firmware.versions;

import java.util.Optional;

/**
 * A vendor's way of writing firmware versions, contributed through the extension point
 * {@code io.sekisho.firmware.versions}. Implementations are stateless, thread-safe and have a public no-argument
 * constructor.
 */
public interface VersionScheme {

	/**
	 * Reads a version as a device prints it or as vulnerability data writes it (a bound of a range).
	 *
	 * @param text for example {@code v6.4.11,build2030,221031 (GA.M)} or {@code Rev.14.01.33}
	 * @return the version, or empty when this scheme cannot read the text (the register then says 要確認, never
	 *         "not affected")
	 */
	Optional<Version> parse(String text);

	/**
	 * Reads the version of a CPE name with its update field, which some vendors use for what belongs to the version
	 * (PAN-OS hotfixes {@code 10.2.9} + {@code h1}, Ivanti releases {@code 9.0} + {@code r3.4}, Junos
	 * {@code 20.4} + {@code r3-s4}). The default joins them with a hyphen.
	 *
	 * @param version the CPE version field, unescaped
	 * @param update the CPE update field, unescaped; null, empty, {@code *} or {@code -} when there is none
	 */
	default Optional<Version> parseCpe(String version, String update) {
		if (update == null || update.isEmpty() || update.equals("*") || update.equals("-")) { //$NON-NLS-1$ //$NON-NLS-2$
			return parse(version);
		}
		return parse(version + "-" + update); //$NON-NLS-1$
	}

	/**
	 * @return true when this vendor writes hotfixes or service releases into the CPE update field, so that a CPE
	 *         name with any update ({@code pan-os:10.2.9:*}) covers the device's {@code 10.2.9-h4}; false (the
	 *         default) when a letter after the version is a release of its own ({@code 17.9.4a} is not
	 *         {@code 17.9.4})
	 */
	default boolean updateFieldHoldsReleases() {
		return false;
	}
}
