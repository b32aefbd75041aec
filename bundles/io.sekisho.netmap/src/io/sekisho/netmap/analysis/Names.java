package io.sekisho.netmap.analysis;

import io.sekisho.model.facility.Identified;
import io.sekisho.model.facility.Link;
import io.sekisho.model.facility.Named;

/** How an element is named in a result: its name, or for a link its two ends. */
public final class Names {

	private Names() {
	}

	public static String of(Identified element) {
		if (element instanceof Named named && named.getName() != null && !named.getName().isBlank()) {
			return named.getName();
		}
		if (element instanceof Link link) {
			String target = link.getTargetDevice() != null ? of(link.getTargetDevice()) : link.getTargetZone() != null ? of(link.getTargetZone()) : "?"; //$NON-NLS-1$
			return (link.getSource() == null ? "?" : of(link.getSource())) + " – " + target; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return "?"; // never an id: people read this //$NON-NLS-1$
	}
}
