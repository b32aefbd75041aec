package io.sekisho.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import io.sekisho.core.checks.CheckReport;
import io.sekisho.core.checks.FacilityCheck;
import io.sekisho.core.checks.FacilityChecks;
import io.sekisho.core.checks.ModelCheck;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.validation.Problem;

/** The checks service: order, the day, a check that throws is skipped and named, the platform's checks read once. */
class FacilityChecksTest {

	private static FacilityWorkbook withDevice(String name) {
		FacilityWorkbook workbook = FacilityFactory.eINSTANCE.createFacilityWorkbook();
		Device device = FacilityFactory.eINSTANCE.createDevice();
		device.setName(name);
		workbook.getDevices().add(device);
		return workbook;
	}

	@Test
	void checksRunInOrderWithTheirDayAndSource() {
		FacilityCheck dated = (workbook, context) -> List.of(context.info(workbook.getDevices().get(0), "day " + context.today()));
		FacilityCheck named = (workbook, context) -> List.of(context.warning(null, "second"));
		FacilityChecks checks = FacilityChecks.of(List.of(new FacilityChecks.Registered("b.second", "Second", "bundle.b", 20, named),
				new FacilityChecks.Registered("a.first", "First", "bundle.a", 10, dated)));
		CheckReport report = checks.run(withDevice("SV-01"), LocalDate.of(2026, 4, 1));
		assertEquals(List.of("day 2026-04-01", "second"), report.problems().stream().map(Problem::message).toList());
		Problem first = report.problems().get(0);
		assertEquals("a.first", first.source());
		assertEquals("/devices[SV-01]", first.path());
		assertEquals(Diagnostic.INFO, first.severity());
		assertEquals("/", report.problems().get(1).path());
		assertTrue(report.failures().isEmpty());
	}

	@Test
	void aThrowingCheckIsSkippedAndNamedWithItsBundle() {
		FacilityCheck throwing = (workbook, context) -> {
			throw new IllegalStateException("broken on purpose");
		};
		FacilityChecks checks = FacilityChecks.of(List.of(new FacilityChecks.Registered("x.throwing", "Vendor check", "com.example.vendor", 10, throwing),
				new FacilityChecks.Registered("core.model", "Model", "io.sekisho.core", 20, new ModelCheck())));
		CheckReport report = checks.run(withDevice(""));
		assertEquals(1, report.failures().size());
		String failure = report.failures().get(0);
		assertTrue(failure.contains("com.example.vendor") && failure.contains("Vendor check") && failure.contains("broken on purpose"), failure);
		// the model's check after it still ran: a device without a name is an error
		assertTrue(report.errors() > 0, report.problems().toString());
		Problem asWarning = report.problemsAndFailures().get(report.problemsAndFailures().size() - 1);
		assertEquals(Diagnostic.WARNING, asWarning.severity());
		assertEquals(failure, asWarning.message());
		assertEquals(CheckReport.FAILURE_SOURCE, asWarning.source());
	}

	@Test
	void thePlatformsChecksAreReadOnceAndTheModelsComeFirst() {
		FacilityChecks platform = FacilityChecks.fromPlatform();
		assertSame(platform, FacilityChecks.fromPlatform());
		assertEquals("io.sekisho.core.checks.model", platform.checks().get(0).id());
		assertTrue(platform.broken().isEmpty(), platform.broken().toString());
	}
}
