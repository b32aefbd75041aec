package io.sekisho.netmap.analysis;

import java.util.List;
import java.util.Locale;

import io.sekisho.model.facility.Identified;

/** Where a rule reports its results. */
public interface RuleContext {

	/** Reports elements (devices, zones, links, external connections) the message is about. */
	void report(List<? extends Identified> elements, String message);

	/** Reports a path: the elements in order from its start to its end, hop by hop. */
	void reportPath(List<? extends Identified> path, String message);

	/** @return whether the user cancelled the analysis; long rules stop early */
	boolean isCanceled();

	/**
	 * @return the language the messages are wanted in: the program's for the map page and {@code sekishoc}, the
	 *         workbook's for the handover sheet ネットワーク構成図
	 */
	default Locale locale() {
		return Locale.getDefault();
	}
}
