package io.sekisho.firmware.identify;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Device output split into lines, with the few searches the readers need. */
final class Text {

	private final String all;
	private final List<String> lines;

	Text(String all) {
		this.all = all.replace("\r\n", "\n").replace('\r', '\n'); //$NON-NLS-1$ //$NON-NLS-2$
		this.lines = this.all.lines().toList();
	}

	String all() {
		return all;
	}

	List<String> lines() {
		return lines;
	}

	/** @return the value after {@code key:} on the first line that starts with it (blanks around trimmed) */
	Optional<String> field(String key) {
		for (String line : lines) {
			String l = line.strip();
			if (l.regionMatches(true, 0, key, 0, key.length())) {
				String rest = l.substring(key.length()).strip();
				if (rest.startsWith(":")) { //$NON-NLS-1$
					String value = rest.substring(1).strip();
					return value.isEmpty() ? Optional.empty() : Optional.of(value);
				}
			}
		}
		return Optional.empty();
	}

	/** @return group 1.. of the first match of the pattern in the whole text */
	Optional<Matcher> find(Pattern pattern) {
		Matcher m = pattern.matcher(all);
		return m.find() ? Optional.of(m) : Optional.empty();
	}
}
