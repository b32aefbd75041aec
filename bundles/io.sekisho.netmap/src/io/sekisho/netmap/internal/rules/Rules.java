package io.sekisho.netmap.internal.rules;

import java.util.ArrayList;
import java.util.List;

import io.sekisho.model.facility.Identified;
import io.sekisho.netmap.analysis.Names;
import io.sekisho.netmap.analysis.NetworkGraph.Vertex;

/** Names for rule messages. */
final class Rules {

	private Rules() {
	}

	static String name(Vertex v) {
		return Names.of(v.element());
	}

	static String zoneName(Vertex v, RuleTexts texts) {
		return v.zone() == null ? texts.get("Rules_noZone") : Names.of(v.zone()); //$NON-NLS-1$
	}

	static String names(List<? extends Identified> elements, RuleTexts texts) {
		List<String> names = new ArrayList<>();
		elements.forEach(e -> names.add(Names.of(e)));
		return texts.join(names);
	}
}
