package io.sekisho.firmware.versions.schemes;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.sekisho.firmware.versions.Version;
import io.sekisho.firmware.versions.VersionScheme;
import io.sekisho.firmware.versions.VersionTokens;

/**
 * A scheme that finds the version in the text with a pattern (group "v") and splits what it found into tokens. The
 * pattern is searched, not matched, so a device's whole line ({@code FortiGate-60E v6.0.4,build0231,190107 (GA)})
 * reads like the bare version.
 */
abstract class PatternScheme implements VersionScheme {

	private final Pattern pattern;

	PatternScheme(String regex) {
		this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
	}

	@Override
	public Optional<Version> parse(String text) {
		if (text == null || text.length() > VersionTokens.MAX_LENGTH * 2) {
			return Optional.empty();
		}
		Matcher m = pattern.matcher(text.strip());
		if (!m.find()) {
			return Optional.empty();
		}
		return VersionTokens.version(text.strip(), normalize(m.group("v"))); //$NON-NLS-1$
	}

	/** @return the found version text prepared for splitting; the default keeps it */
	String normalize(String found) {
		return found;
	}
}
