package io.sekisho.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.poifs.crypt.temp.SXSSFWorkbookWithCustomZipEntrySource;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import io.sekisho.workbook.crypto.WorkbookEncryption;

/**
 * Writes a handover workbook: the cover sheet first, then the sheets of every contributor in order, then the
 * cover's table of contents; the file is replaced atomically and, with a password, encrypted as a whole.
 * Rows are streamed (SXSSF), so memory stays flat for facilities with tens of thousands of accounts.
 */
public final class WorkbookExporter {

	/** A contributor with the id it is registered under (for messages). */
	public record Contributor(String id, SheetContributor contributor) {
	}

	/** Writes the cover sheet once all other sheets exist. */
	@FunctionalInterface
	public interface CoverPage {
		void write(ExportContext context, Sheet cover, List<SheetEntry> contents) throws IOException;
	}

	/** Rows kept in memory per sheet while streaming; earlier rows are flushed to a temporary file. */
	static final int ROW_WINDOW = 200;

	private final List<Contributor> contributors;

	public WorkbookExporter(List<Contributor> contributors) {
		this.contributors = List.copyOf(contributors);
	}

	/**
	 * @param data puts the exported data (facility model, catalog ...) into the context
	 * @param coverName the name of the cover sheet in the chosen language
	 * @param password {@code null} for a plain file; else the file is encrypted (and the streaming temporary files
	 *            are encrypted with a random key too)
	 */
	public void export(Path out, WorkbookLanguage language, Consumer<ExportContext> data, String coverName,
			CoverPage cover, char[] password) throws IOException {
		boolean encrypt = password != null;
		io.sekisho.workbook.internal.PrivateTempFiles.install(); // POI's temporary files in a private folder
		SXSSFWorkbook workbook = encrypt ? new SXSSFWorkbookWithCustomZipEntrySource() : new SXSSFWorkbook(ROW_WINDOW);
		try {
			ExportContext context = new ExportContext(workbook, language);
			data.accept(context);
			Sheet coverSheet = workbook.createSheet(coverName);
			for (Contributor c : contributors) {
				try {
					c.contributor().contribute(context);
				} catch (RuntimeException e) {
					throw new IOException(org.eclipse.osgi.util.NLS.bind(io.sekisho.workbook.internal.Messages.Export_contributorFailed,
							new Object[] { c.id(), c.contributor().getClass().getName(), e }), e);
				}
			}
			cover.write(context, coverSheet, new ArrayList<>(context.contents()));
			workbook.setActiveSheet(0);
			workbook.setSelectedTab(0);
			if (encrypt) {
				AtomicOutput.write(out, stream -> WorkbookEncryption.encrypt(workbook::write, password, stream));
			} else {
				AtomicOutput.write(out, workbook::write);
			}
		} finally {
			workbook.close();
			workbook.dispose();
		}
	}
}
