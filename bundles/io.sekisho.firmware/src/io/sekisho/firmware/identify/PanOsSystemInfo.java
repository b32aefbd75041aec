package io.sekisho.firmware.identify;

import java.util.Optional;

/** PAN-OS {@code show system info}: {@code model: PA-VM}, {@code sw-version: 7.0.1}. */
final class PanOsSystemInfo implements OutputFormat {

	@Override
	public Optional<Identification> read(Text text) {
		Optional<String> version = text.field("sw-version"); //$NON-NLS-1$
		Optional<String> model = text.field("model"); //$NON-NLS-1$
		if (version.isEmpty() || model.isEmpty()) {
			return Optional.empty();
		}
		String serial = text.field("serial").filter(s -> !s.equalsIgnoreCase("unknown")).orElse(null); //$NON-NLS-1$ //$NON-NLS-2$
		return Optional.of(new Identification("panos-show-system-info", "Palo Alto Networks", model.get(), "PAN-OS", version.get(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				text.field("hostname").orElse(null), serial)); //$NON-NLS-1$
	}
}
