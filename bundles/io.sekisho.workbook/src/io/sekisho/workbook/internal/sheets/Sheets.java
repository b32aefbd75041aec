package io.sekisho.workbook.internal.sheets;

import io.sekisho.workbook.ExportContext;
import io.sekisho.workbook.Handover;

/** Access to the exported data for Sekisho's own contributors. */
final class Sheets {

	private Sheets() {
	}

	static Handover handover(ExportContext context) {
		return context.data(Handover.class)
				.orElseThrow(() -> new IllegalStateException("export without a Handover: use HandoverExport")); //$NON-NLS-1$
	}
}
