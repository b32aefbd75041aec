package io.sekisho.netmap.internal.rules;

import java.util.ArrayList;
import java.util.List;

import io.sekisho.model.facility.Identified;
import io.sekisho.netmap.analysis.Names;
import io.sekisho.netmap.analysis.NetworkGraph.Vertex;
import io.sekisho.netmap.internal.Messages;

/** Names for rule messages. */
final class Rules {

	private Rules() {
	}

	static String name(Vertex v) {
		return Names.of(v.element());
	}

	static String zoneName(Vertex v) {
		return v.zone() == null ? Messages.Rules_noZone : Names.of(v.zone());
	}

	static String names(List<? extends Identified> elements) {
		List<String> names = new ArrayList<>();
		elements.forEach(e -> names.add(Names.of(e)));
		return String.join(Messages.Rules_separator, names);
	}
}
