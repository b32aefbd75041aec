package io.sekisho.firmware.identify;

import java.util.Optional;

/** Juniper Junos {@code show version}: {@code Model: mx240}, {@code Junos: 13.3R1.4}. */
final class JunosVersion implements OutputFormat {

	@Override
	public Optional<Identification> read(Text text) {
		Optional<String> version = text.field("Junos"); //$NON-NLS-1$
		Optional<String> model = text.field("Model"); //$NON-NLS-1$
		if (version.isEmpty() || model.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Identification("junos-show-version", "Juniper Networks", model.get(), "Junos", version.get(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				text.field("Hostname").orElse(null), text.field("Serial Number").orElse(null))); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
