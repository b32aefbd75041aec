package io.sekisho.workbook;

import java.io.IOException;

/**
 * Adds sheets to the handover workbook; contributed through the extension point {@code io.sekisho.workbook.sheets}
 * with an order. Implementations are stateless, have a public no-argument constructor, and never write a
 * password, a password fingerprint or a fingerprint salt.
 */
public interface SheetContributor {

	/**
	 * Creates this contributor's sheets with {@link ExportContext#createTable} or {@link ExportContext#createSheet}
	 * and fills them. A contributor with nothing to show (e.g. no vendors) creates no sheet.
	 */
	void contribute(ExportContext context) throws IOException;
}
