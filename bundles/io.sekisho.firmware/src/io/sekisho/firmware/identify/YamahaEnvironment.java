package io.sekisho.firmware.identify;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YAMAHA {@code show environment} (and the sysDescr of YAMAHA routers): {@code RTX1200 Rev.10.01.71 (Thu Sep 29
 * 15:08:40 2016)}. NTT Biz Box routers print the same with their own model names.
 */
final class YamahaEnvironment implements OutputFormat {

	private static final Pattern REV = Pattern.compile("(?m)^\\s*((?:RTX|NVR|FWX|RTV|SRT)\\S*)\\s+Rev\\.(\\d+\\.\\d+\\.\\d+)"); //$NON-NLS-1$
	private static final Pattern SERIAL = Pattern.compile("serial=(\\S+)"); //$NON-NLS-1$

	@Override
	public Optional<Identification> read(Text text) {
		Optional<Matcher> m = text.find(REV);
		if (m.isEmpty()) {
			return Optional.empty();
		}
		String serial = text.find(SERIAL).map(s -> s.group(1)).orElse(null);
		return Optional.of(new Identification("yamaha-show-environment", "YAMAHA", m.get().group(1), "Rev.", m.get().group(2), null, serial)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
