package io.sekisho.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.osgi.util.NLS;

import io.sekisho.workbook.internal.Messages;
import io.sekisho.workbook.internal.SheetContributorRegistry;
import io.sekisho.workbook.internal.sheets.ChecklistSheetIndex;
import io.sekisho.workbook.internal.sheets.CoverSheet;
import io.sekisho.workbook.internal.sheets.HandoverMetadata;
import io.sekisho.workbook.internal.sheets.SheetTexts;

/**
 * Exports the handover workbook of a facility: the cover, every sheet contributed to
 * {@code io.sekisho.workbook.sheets} (Sekisho's own and those of other bundles) and the hidden sheet that lets the
 * answers come back. The facility model is only read.
 */
public final class HandoverExport {

	private final List<WorkbookExporter.Contributor> contributors;
	private final List<String> problems;

	/**
	 * @param contributors the sheet contributors in order (outside OSGi, e.g. in benchmarks)
	 * @param problems contributions that could not be used, reported with every export
	 */
	public HandoverExport(List<WorkbookExporter.Contributor> contributors, List<String> problems) {
		this.contributors = List.copyOf(contributors);
		this.problems = List.copyOf(problems);
	}

	/** @return an export with every contribution to io.sekisho.workbook.sheets */
	public static HandoverExport fromPlatform() {
		SheetContributorRegistry registry = SheetContributorRegistry.fromPlatform();
		List<String> problems = new ArrayList<>(registry.problems());
		List<WorkbookExporter.Contributor> contributors = new ArrayList<>();
		for (SheetContributorRegistry.Contribution contribution : registry.contributions()) {
			try {
				contributors.add(new WorkbookExporter.Contributor(contribution.id(), contribution.create()));
			} catch (CoreException | ClassCastException e) {
				problems.add(NLS.bind(Messages.Export_contributorFailed,
						new Object[] { contribution.id(), contribution.contributor(), e.getMessage() }));
			}
		}
		return new HandoverExport(contributors, problems);
	}

	/** @return contributions that could not be used (also returned by every {@link #export}) */
	public List<String> problems() {
		return problems;
	}

	/**
	 * @param password {@code null} for a plain file
	 * @return warnings: contributions that were skipped
	 */
	public List<String> export(Handover handover, WorkbookLanguage language, Path out, char[] password) throws IOException {
		ChecklistSheetIndex index = new ChecklistSheetIndex();
		new WorkbookExporter(contributors).export(out, language, context -> {
			context.put(Handover.class, handover);
			context.put(ChecklistSheetIndex.class, index);
		}, SheetTexts.of(language).get("sheet.cover"), (context, cover, contents) -> { //$NON-NLS-1$
			new CoverSheet().write(context, cover, contents);
			HandoverMetadata.write(context, handover, index);
		}, password);
		return problems;
	}
}
