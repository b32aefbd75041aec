package io.sekisho.firmware.identify;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** FortiGate {@code get system status}: {@code Version: FortiGate-60E v6.0.4,build0231,190107 (GA)}. */
final class FortiGateStatus implements OutputFormat {

	private static final Pattern VERSION = Pattern.compile("^(Forti\\w+)-(\\S+)\\s+v(\\d+\\.\\d+\\.\\d+)\\S*"); //$NON-NLS-1$

	@Override
	public Optional<Identification> read(Text text) {
		Optional<String> version = text.field("Version"); //$NON-NLS-1$
		if (version.isEmpty()) {
			return Optional.empty();
		}
		Matcher m = VERSION.matcher(version.get());
		if (!m.find()) {
			return Optional.empty();
		}
		String family = m.group(1);
		String os = family.equalsIgnoreCase("FortiProxy") ? "FortiProxy" : "FortiOS"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return Optional.of(new Identification("fortigate-system-status", "Fortinet", family + ' ' + m.group(2), os, m.group(3), //$NON-NLS-1$ //$NON-NLS-2$
				text.field("Hostname").orElse(null), text.field("Serial-Number").orElse(null))); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
