package io.sekisho.checklist.benchmarks;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import io.sekisho.checklist.assessment.Assessments;
import io.sekisho.checklist.assessment.Progress;
import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.editions.EditionLoader;
import io.sekisho.checklist.evaluation.Suggestion;
import io.sekisho.checklist.evaluation.Suggestions;
import io.sekisho.core.demo.DemoFacility;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.FacilityWorkbook;

/**
 * What sekishoc checklist suggest and status spend besides loading the file: all evaluators of the FY2025 edition over
 * the demo facility (150 devices) and over the demo with its devices, accounts and firmware records copied 20 times
 * (3,000 devices); progress of the demo's assessment; parsing and checking one edition file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SuggestBenchmark {

	@Param({ "1", "20" })
	int copies;

	private FacilityWorkbook workbook;
	private Edition r7;
	private ChecklistAssessment assessment;
	private Suggestions suggestions;

	@Setup(Level.Trial)
	public void build() throws Exception {
		workbook = DemoFacility.build();
		List<EObject> inventory = new ArrayList<>();
		inventory.addAll(workbook.getDevices());
		inventory.addAll(workbook.getAccounts());
		inventory.addAll(workbook.getFirmwareRecords());
		for (int i = 1; i < copies; i++) {
			copyInventory(workbook, inventory);
		}
		r7 = loadEdition();
		assessment = Assessments.facilityAssessment(workbook, r7.getId()).orElseThrow();
		suggestions = new Suggestions(ShippedEvaluators.load(), LocalDate.of(2025, 6, 2));
	}

	/** Devices, accounts and firmware records once more; references among them point to the copies. */
	private static void copyInventory(FacilityWorkbook workbook, List<EObject> originals) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Collection<EObject> copies = copier.copyAll(originals);
		copier.copyReferences();
		for (EObject copy : copies) {
			switch (copy) {
			case io.sekisho.model.facility.Device d -> workbook.getDevices().add(d);
			case io.sekisho.model.facility.Account a -> workbook.getAccounts().add(a);
			case io.sekisho.model.facility.FirmwareRecord r -> workbook.getFirmwareRecords().add(r);
			default -> throw new IllegalStateException(copy.toString());
			}
		}
	}

	private static Edition loadEdition() throws Exception {
		try (InputStream in = SuggestBenchmark.class.getResourceAsStream("/editions/mhlw-r7.xmi")) {
			return EditionLoader.load(in, "io.sekisho.checklist/editions/mhlw-r7.xmi");
		}
	}

	@Benchmark
	public List<Suggestion> suggest() {
		return suggestions.propose(workbook, assessment, r7);
	}

	@Benchmark
	public Progress progress() {
		return Progress.of(assessment, r7);
	}

	@Benchmark
	public Edition loadEditionFile() throws Exception {
		return loadEdition();
	}
}
