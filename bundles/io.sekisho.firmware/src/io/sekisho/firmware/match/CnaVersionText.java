package io.sekisho.firmware.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.sekisho.firmware.versions.Version;
import io.sekisho.firmware.versions.VersionScheme;

/**
 * Reads the free-text version statements of CNA and JVN data into ranges: "All versions from Ver1.1 through
 * Ver1.3, All versions from Ver1.4.21 through Ver1.4.28 and Ver1.5.23" (NEC), "prior to 15.02.17", "14.01.38 and
 * earlier", "Rev.14.01.38 およびそれ以前", "～15.02.17". What it cannot read it says so, and the match stays
 * unreadable (要確認).
 */
final class CnaVersionText {

	/** An inclusive or exclusive range; a null end is open. */
	record Range(Version from, Version to, boolean toIncluded) {
		boolean contains(Version v) {
			if (from != null && v.compareTo(from) < 0) {
				return false;
			}
			if (to == null) {
				return true;
			}
			int c = v.compareTo(to);
			return toIncluded ? c <= 0 : c < 0;
		}
	}

	private static final String V = "((?:ver\\.?|rev\\.?|v)?\\s*\\d[0-9a-z.\\-()]*)"; //$NON-NLS-1$
	private static final Pattern FROM_THROUGH = Pattern.compile("(?:all versions )?(?:from )?" + V + "\\s*(?:through|to|-|～|~|から)\\s*" + V); //$NON-NLS-1$ //$NON-NLS-2$
	private static final Pattern BEFORE = Pattern.compile("(?:prior to|before|earlier than|<)\\s*" + V); //$NON-NLS-1$
	private static final Pattern UP_TO = Pattern.compile("(?:up to|through|<=|～|~)\\s*" + V); //$NON-NLS-1$
	private static final Pattern AND_EARLIER = Pattern.compile(V + "\\s*(?:and earlier|or earlier|and prior|およびそれ以前|以前|までの版)"); //$NON-NLS-1$
	private static final Pattern BEFORE_JA = Pattern.compile(V + "\\s*(?:より前|未満)"); //$NON-NLS-1$
	private static final Pattern EXACT = Pattern.compile("^" + V + "$"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final int MAX_TEXT = 1000;

	private CnaVersionText() {
	}

	/** @return the ranges, or empty when any part of the text cannot be read */
	static Optional<List<Range>> read(String text, VersionScheme scheme) {
		if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
			return Optional.empty();
		}
		List<Range> ranges = new ArrayList<>();
		for (String part : text.toLowerCase(Locale.ROOT).split(",|;|、|\\band\\b(?! earlier| prior)|および(?!それ以前)")) { //$NON-NLS-1$
			String p = part.strip();
			if (p.isEmpty()) {
				continue;
			}
			Optional<Range> range = readPart(p, scheme);
			if (range.isEmpty()) {
				return Optional.empty();
			}
			ranges.add(range.get());
		}
		return ranges.isEmpty() ? Optional.empty() : Optional.of(ranges);
	}

	private static Optional<Range> readPart(String p, VersionScheme scheme) {
		Matcher m = FROM_THROUGH.matcher(p);
		if (m.find()) {
			Optional<Version> from = scheme.parse(m.group(1));
			Optional<Version> to = scheme.parse(m.group(2));
			return from.isPresent() && to.isPresent() ? Optional.of(new Range(from.get(), to.get(), true)) : Optional.empty();
		}
		m = BEFORE.matcher(p);
		if (m.find()) {
			return scheme.parse(m.group(1)).map(v -> new Range(null, v, false));
		}
		m = AND_EARLIER.matcher(p);
		if (m.find()) {
			return scheme.parse(m.group(1)).map(v -> new Range(null, v, true));
		}
		m = BEFORE_JA.matcher(p);
		if (m.find()) {
			return scheme.parse(m.group(1)).map(v -> new Range(null, v, false));
		}
		m = UP_TO.matcher(p);
		if (m.find()) {
			return scheme.parse(m.group(1)).map(v -> new Range(null, v, true));
		}
		m = EXACT.matcher(p);
		if (m.find()) {
			return scheme.parse(m.group(1)).map(v -> new Range(v, v, true));
		}
		return Optional.empty();
	}
}
