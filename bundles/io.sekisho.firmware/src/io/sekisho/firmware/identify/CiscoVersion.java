package io.sekisho.firmware.identify;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cisco {@code show version} of IOS and IOS XE (and the sysDescr, which is its first line). The IOS XE release is
 * the {@code Cisco IOS XE Software, Version 16.09.03} line when there is one, else the IOS line's version when
 * the image is IOS XE; the model is the {@code Model Number} or the {@code cisco MODEL (...) processor} line.
 */
final class CiscoVersion implements OutputFormat {

	private static final Pattern IOS_LINE = Pattern.compile("Cisco IOS Software.*?Version ([^,\\s]+)"); //$NON-NLS-1$
	private static final Pattern XE_LINE = Pattern.compile("(?:Cisco IOS XE Software, Version|IOS XE Version:) (\\S+)"); //$NON-NLS-1$
	private static final Pattern XE_MARK = Pattern.compile("IOS[- ]XE"); //$NON-NLS-1$
	private static final Pattern PROCESSOR = Pattern.compile("(?im)^cisco\\s+(\\S+)\\s+\\(.*?\\).*?\\bwith\\b"); //$NON-NLS-1$
	private static final Pattern UPTIME = Pattern.compile("(?m)^(\\S+) uptime is "); //$NON-NLS-1$
	private static final Pattern BOARD = Pattern.compile("(?m)^Processor board ID ([^,\\s]+)"); //$NON-NLS-1$

	@Override
	public Optional<Identification> read(Text text) {
		Optional<Matcher> ios = text.find(IOS_LINE);
		Optional<Matcher> xeLine = text.find(XE_LINE);
		if (ios.isEmpty() && xeLine.isEmpty()) {
			return Optional.empty();
		}
		boolean xe = xeLine.isPresent() || text.find(XE_MARK).isPresent();
		String iosVersion = ios.map(m -> m.group(1)).orElse(null);
		String version;
		if (xeLine.isPresent() && iosVersion != null && !xeLine.get().group(1).matches("\\d.*")) { //$NON-NLS-1$
			version = iosVersion; // a special build names itself (V169_5_SR...): the IOS line has the release
		} else if (xeLine.isPresent()) {
			version = xeLine.get().group(1);
		} else {
			version = iosVersion;
		}
		String model = text.field("Model Number").orElseGet(() -> text.find(PROCESSOR).map(m -> m.group(1)).orElse(null)); //$NON-NLS-1$
		return Optional.of(new Identification("cisco-show-version", "Cisco", model, xe ? "IOS XE" : "IOS", version, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				text.find(UPTIME).map(m -> m.group(1)).orElse(null),
				text.field("System Serial Number").orElseGet(() -> text.find(BOARD).map(m -> m.group(1)).orElse(null)))); //$NON-NLS-1$
	}
}
