package io.sekisho.workbook.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import io.sekisho.checklist.catalog.Edition;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.workbook.Handover;
import io.sekisho.workbook.HandoverEditions;
import io.sekisho.workbook.HandoverExport;
import io.sekisho.workbook.WorkbookExporter.Contributor;
import io.sekisho.workbook.WorkbookLanguage;
import io.sekisho.workbook.internal.sheets.AccountSheetContributor;
import io.sekisho.workbook.internal.sheets.ChecklistSheetContributor;
import io.sekisho.workbook.internal.sheets.ConnectionSheetContributor;
import io.sekisho.workbook.internal.sheets.ContactSheetContributor;
import io.sekisho.workbook.internal.sheets.DeviceSheetContributor;
import io.sekisho.workbook.internal.sheets.FindingSheetContributor;
import io.sekisho.workbook.internal.sheets.SummarySheetContributor;
import io.sekisho.workbook.internal.sheets.VendorSheetContributor;

/**
 * Time and peak heap of one whole export: Sekisho's handover workbook (all sheets, styles, validations, charts)
 * against plain POI SXSSF writing the same list rows. One invocation = one export (single-shot).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx1g" })
public class WorkbookExportBenchmark {

	/** The facility and where the workbook goes. */
	@State(Scope.Benchmark)
	public static class Data {
		@Param({ "demo", "large" })
		public String facility;

		FacilityWorkbook model;
		Edition edition;
		Path out;
		HandoverExport export;

		@Setup(Level.Trial)
		public void setUp() throws IOException {
			model = LargeFacilities.of(facility);
			edition = HandoverEditions.current(model, LargeFacilities.editions()).orElseThrow();
			out = Files.createTempFile("handover-", ".xlsx"); //$NON-NLS-1$ //$NON-NLS-2$
			// the same contributors, in the same order, as plugin.xml registers (no OSGi registry here)
			export = new HandoverExport(List.of(new Contributor("summary", new SummarySheetContributor()), //$NON-NLS-1$
					new Contributor("checklist", new ChecklistSheetContributor()), //$NON-NLS-1$
					new Contributor("vendors", new VendorSheetContributor()), //$NON-NLS-1$
					new Contributor("devices", new DeviceSheetContributor()), //$NON-NLS-1$
					new Contributor("connections", new ConnectionSheetContributor()), //$NON-NLS-1$
					new Contributor("accounts", new AccountSheetContributor()), //$NON-NLS-1$
					new Contributor("contacts", new ContactSheetContributor()), //$NON-NLS-1$
					new Contributor("findings", new FindingSheetContributor())), List.of()); //$NON-NLS-1$
		}

		@TearDown(Level.Trial)
		public void tearDown() throws IOException {
			Files.deleteIfExists(out);
		}
	}

	/** The peak heap of the invocation, reported next to the time. */
	@State(Scope.Thread)
	@AuxCounters(AuxCounters.Type.EVENTS)
	public static class Heap {
		public double peakHeapMB;
		public double exportHeapMB;

		@Setup(Level.Invocation)
		public void before() {
			PeakHeap.reset();
		}

		void record() {
			peakHeapMB = PeakHeap.megabytes();
			exportHeapMB = peakHeapMB - PeakHeap.baseline();
		}
	}

	@Benchmark
	public long sekishoHandoverWorkbook(Data data, Heap heap) throws IOException {
		data.export.export(new Handover(data.model, data.edition, LocalDate.of(2025, 6, 3), "benchmark"), //$NON-NLS-1$
				WorkbookLanguage.JA, data.out, null);
		heap.record();
		return Files.size(data.out);
	}

	@Benchmark
	public long plainSxssf(Data data, Heap heap) throws IOException {
		PlainSxssfExport.write(data.model, data.edition, data.out);
		heap.record();
		return Files.size(data.out);
	}
}
