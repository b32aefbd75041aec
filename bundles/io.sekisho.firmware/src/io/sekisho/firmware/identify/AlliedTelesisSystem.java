package io.sekisho.firmware.identify;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Allied Telesis AlliedWare Plus {@code show system}: the base board's name ({@code AT-x530L-52GTX}) and
 * {@code Software version : 5.5.3-0.1}.
 */
final class AlliedTelesisSystem implements OutputFormat {

	private static final Pattern BASE = Pattern.compile("(?m)^Base\\s+\\d+\\s+(?:\\S+\\s+)?(AT-\\S+)\\s+\\S+\\s+(\\S+)"); //$NON-NLS-1$
	private static final Pattern NAME = Pattern.compile("(?m)^System Name\\s*\\n\\s*(\\S+)"); //$NON-NLS-1$

	@Override
	public Optional<Identification> read(Text text) {
		Optional<String> version = text.field("Software version"); //$NON-NLS-1$
		Optional<Matcher> base = text.find(BASE);
		if (version.isEmpty() || base.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Identification("allied-telesis-show-system", "Allied Telesis", base.get().group(1), "AlliedWare Plus", version.get(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				text.find(NAME).map(m -> m.group(1)).orElse(null), base.get().group(2)));
	}
}
