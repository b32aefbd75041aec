package io.sekisho.firmware.identify;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NEC UNIVERGE IX {@code show version} (and its sysDescr):
 * {@code IX Series IX2215 (magellan-sec) Software, Version 10.7.18, RELEASE SOFTWARE}.
 */
final class NecIxVersion implements OutputFormat {

	private static final Pattern LINE = Pattern.compile("IX Series (IX[-\\w]+)\\s*(?:\\([^)]*\\))?\\s*Software,\\s*Version\\s+(\\d+(?:\\.\\d+)+)"); //$NON-NLS-1$

	@Override
	public Optional<Identification> read(Text text) {
		Optional<Matcher> m = text.find(LINE);
		return m.map(x -> new Identification("nec-ix-show-version", "NEC", "UNIVERGE " + x.group(1), "IX", x.group(2), null, null)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
