package jp.co.samplemedical.sekisho.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.sekisho.firmware.versions.Version;
import io.sekisho.firmware.versions.VersionScheme;
import io.sekisho.firmware.versions.VersionTokens;

/**
 * How our modalities print their firmware: "SM-OS 3.2 build 41" (console), "3.2.41" (service tool); both are
 * version 3.2.41. Anything else is not ours to read: the register then shows 要確認.
 */
public final class SampleMedicalVersions implements VersionScheme {

	private static final Pattern CONSOLE = Pattern.compile("(?:SM-OS\\s+)?(\\d{1,3})\\.(\\d{1,3})\\s+build\\s+(\\d{1,5})", //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE);
	private static final Pattern PLAIN = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,5})"); //$NON-NLS-1$

	@Override
	public Optional<Version> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String t = text.strip();
		for (Pattern p : new Pattern[] { CONSOLE, PLAIN }) {
			Matcher m = p.matcher(t);
			if (m.matches()) {
				return VersionTokens.version(text, m.group(1) + "." + m.group(2) + "." + m.group(3)); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return Optional.empty();
	}
}
