package io.sekisho.netmap.analysis;

import java.util.List;

import io.sekisho.model.facility.Identified;

/** Where a rule reports its results. */
public interface RuleContext {

	/** Reports elements (devices, zones, links, external connections) the message is about. */
	void report(List<? extends Identified> elements, String message);

	/** Reports a path: the elements in order from its start to its end, hop by hop. */
	void reportPath(List<? extends Identified> path, String message);

	/** @return whether the user cancelled the analysis; long rules stop early */
	boolean isCanceled();
}
