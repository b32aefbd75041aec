package io.sekisho.workbook.tests.faults;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.editions.EditionLoader;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.core.demo.DemoFacility;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.persistence.AtomicFileWriter;
import io.sekisho.model.persistence.FacilityFiles;
import io.sekisho.model.persistence.SekishoResource;
import io.sekisho.testing.faults.ChildJvm;
import io.sekisho.testing.faults.ChildJvm.Outcome;
import io.sekisho.testing.faults.Fault;
import io.sekisho.workbook.Handover;
import io.sekisho.workbook.HandoverEditions;
import io.sekisho.workbook.HandoverExport;
import io.sekisho.workbook.WorkbookExporter.Contributor;
import io.sekisho.workbook.WorkbookLanguage;
import io.sekisho.workbook.answers.AnswerImport;
import io.sekisho.workbook.answers.ImportResult;
import io.sekisho.workbook.internal.sheets.AccountSheetContributor;
import io.sekisho.workbook.internal.sheets.ChecklistSheetContributor;
import io.sekisho.workbook.internal.sheets.ConnectionSheetContributor;
import io.sekisho.workbook.internal.sheets.ContactSheetContributor;
import io.sekisho.workbook.internal.sheets.DeviceSheetContributor;
import io.sekisho.workbook.internal.sheets.FindingSheetContributor;
import io.sekisho.workbook.internal.sheets.SummarySheetContributor;
import io.sekisho.workbook.internal.sheets.VendorSheetContributor;
import io.sekisho.workbook.read.XlsxReader;

/**
 * The workbook export and the answer import (read, apply, save the facility) run in a child JVM that fails at every
 * step (stream error at the first byte, in the middle, near the end; disk full; fsync failing; SIGKILL between write
 * and rename). The previous workbook / facility file stays byte for byte and is still read (the workbook by the
 * answer import, the facility by the loader); the error names the file; no temporary file is left except after the
 * kill.
 */
class WorkbookWritersFaultTest {

	@TempDir
	Path dir;

	/** The shipped editions and sheets as the extension points give them, outside OSGi (the child has no registry). */
	static EditionRegistry editions() throws Exception {
		List<Edition> editions = new ArrayList<>();
		for (String file : new String[] { "mhlw-r6.xmi", "mhlw-r7.xmi", "mhlw-r8.xmi" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			try (InputStream in = EditionLoader.class.getResourceAsStream("/editions/" + file)) { //$NON-NLS-1$
				editions.add(EditionLoader.load(in, file));
			}
		}
		return EditionRegistry.of(editions);
	}

	static HandoverExport export() {
		return new HandoverExport(List.of(new Contributor("summary", new SummarySheetContributor()), //$NON-NLS-1$
				new Contributor("checklist", new ChecklistSheetContributor()), new Contributor("vendors", new VendorSheetContributor()), //$NON-NLS-1$ //$NON-NLS-2$
				new Contributor("devices", new DeviceSheetContributor()), new Contributor("connections", new ConnectionSheetContributor()), //$NON-NLS-1$ //$NON-NLS-2$
				new Contributor("accounts", new AccountSheetContributor()), new Contributor("contacts", new ContactSheetContributor()), //$NON-NLS-1$ //$NON-NLS-2$
				new Contributor("findings", new FindingSheetContributor())), List.of()); //$NON-NLS-1$
	}

	/** In the child: the FY2025 demo's workbook exported to args[0] by integrator args[1]. */
	static void exportDemo(String[] args) throws Exception {
		FacilityWorkbook demo = DemoFacility.buildFiscalYear2025();
		Edition edition = HandoverEditions.current(demo, editions()).orElseThrow();
		export().export(new Handover(demo, edition, LocalDate.of(2026, 12, 1), args[1]), WorkbookLanguage.JA, Path.of(args[0]), null);
	}

	/** In the child: the answers of workbook args[1] imported into facility file args[0], which is saved. */
	static void importAnswers(String[] args) throws Exception {
		SekishoResource resource = FacilityFiles.load(Path.of(args[0]));
		EditionRegistry editions = editions();
		Edition edition = HandoverEditions.current(resource.workbook(), editions).orElseThrow();
		ImportResult result = new AnswerImport(editions, new XlsxReader()).read(Path.of(args[1]), resource.workbook(), edition, () -> null);
		if (!result.acceptable() || result.changes().isEmpty()) {
			throw new IllegalStateException("the filled workbook gives no acceptable changes: " + result.problems()); //$NON-NLS-1$
		}
		AnswerImport.apply(result, resource.workbook());
		FacilityFiles.save(resource);
	}

	@Test
	void aFailedExportLeavesThePreviousWorkbookReadable() throws Exception {
		Path workbook = dir.resolve("引き渡し.xlsx"); //$NON-NLS-1$
		exportDemo(new String[] { workbook.toString(), "前回の担当" }); //$NON-NLS-1$
		byte[] previous = Files.readAllBytes(workbook);
		for (Fault fault : Fault.everyStep(previous.length)) {
			Outcome outcome = ChildJvm.run(fault, ".引き渡し.xlsx.*.tmp", WorkbookWritersFaultTest.class, "exportDemo", workbook.toString(), "今回の担当"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			checkFailed(fault, outcome, workbook);
			assertArrayEquals(previous, Files.readAllBytes(workbook), fault + ": the previous workbook is intact"); //$NON-NLS-1$
			FacilityWorkbook demo = DemoFacility.buildFiscalYear2025();
			EditionRegistry editions = editions();
			ImportResult read = new AnswerImport(editions, new XlsxReader()).read(workbook, demo, HandoverEditions.current(demo, editions).orElseThrow(),
					() -> null);
			assertTrue(read.problems().isEmpty(), fault + ": and is read as this facility's workbook: " + read.problems()); //$NON-NLS-1$
			removeWhatTheKillLeft(fault, dir, Set.of(workbook));
		}
		Outcome control = ChildJvm.run(Fault.NONE, "-", WorkbookWritersFaultTest.class, "exportDemo", workbook.toString(), "今回の担当"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(0, control.exitCode(), control.toString());
		assertFalse(java.util.Arrays.equals(previous, Files.readAllBytes(workbook)), "without a fault the child exports"); //$NON-NLS-1$
	}

	@Test
	void aFailedSaveAfterAnAnswerImportLeavesTheFacilityFileAsItWas() throws Exception {
		Path facility = dir.resolve("demo.sekisho"); //$NON-NLS-1$
		FacilityFiles.saveNew(DemoFacility.buildFiscalYear2025(), facility);
		Path filled = dir.resolve("filled.xlsx"); //$NON-NLS-1$
		try (InputStream in = FrameworkUtil.getBundle(WorkbookWritersFaultTest.class).findEntries("fuzz/answers", "demo-filled.xlsx", false) //$NON-NLS-1$ //$NON-NLS-2$
				.nextElement().openStream()) {
			Files.copy(in, filled);
		}
		byte[] previous = Files.readAllBytes(facility);
		byte[] workbook = Files.readAllBytes(filled);
		for (Fault fault : Fault.everyStep(previous.length)) {
			Outcome outcome = ChildJvm.run(fault, ".demo.sekisho.*.tmp", WorkbookWritersFaultTest.class, "importAnswers", facility.toString(), //$NON-NLS-1$ //$NON-NLS-2$
					filled.toString());
			checkFailed(fault, outcome, facility);
			assertArrayEquals(previous, Files.readAllBytes(facility), fault + ": the facility file is intact"); //$NON-NLS-1$
			FacilityFiles.load(facility).unload();
			assertArrayEquals(workbook, Files.readAllBytes(filled), fault + ": the import never writes the workbook"); //$NON-NLS-1$
			removeWhatTheKillLeft(fault, dir, Set.of(facility, filled, AtomicFileWriter.backupOf(facility)));
		}
		Outcome control = ChildJvm.run(Fault.NONE, "-", WorkbookWritersFaultTest.class, "importAnswers", facility.toString(), filled.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(0, control.exitCode(), control.toString());
		assertFalse(java.util.Arrays.equals(previous, Files.readAllBytes(facility)), "without a fault the answers are saved"); //$NON-NLS-1$
	}

	private static void checkFailed(Fault fault, Outcome outcome, Path file) {
		assertTrue(outcome.faultFired(), fault + ": the fault fired\n" + outcome); //$NON-NLS-1$
		if (fault.kills()) {
			assertTrue(outcome.killed(), fault + ": killed\n" + outcome); //$NON-NLS-1$
		} else {
			assertEquals(1, outcome.exitCode(), fault + ": the write failed\n" + outcome); //$NON-NLS-1$
			assertTrue(outcome.errors().contains(file.toString()), fault + ": the error names " + file + "\n" + outcome.errors()); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static void removeWhatTheKillLeft(Fault fault, Path folder, Set<Path> expected) throws Exception {
		List<Path> others;
		try (Stream<Path> files = Files.list(folder)) {
			others = files.filter(p -> !expected.contains(p)).sorted().toList();
		}
		for (Path left : others) {
			assertTrue(fault.kills(), fault + ": no temporary file is left: " + left); //$NON-NLS-1$
			Files.delete(left);
		}
	}
}
