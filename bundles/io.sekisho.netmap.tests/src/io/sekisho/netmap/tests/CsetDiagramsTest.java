package io.sekisho.netmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.netmap.analysis.AnalysisReport;
import io.sekisho.netmap.analysis.Names;
import io.sekisho.netmap.analysis.NetworkAnalysis;
import io.sekisho.netmap.analysis.RuleRegistry;
import io.sekisho.netmap.analysis.RuleResult;
import io.sekisho.netmap.drawio.DrawioImport;
import io.sekisho.netmap.drawio.DrawioReader;
import io.sekisho.netmap.internal.rules.BuiltInRules;

/**
 * CSET's own test diagrams give what CSET's rule classes give for them (see resources/drawio/cset/README.md for how
 * the expected results were derived from Rule1.cs … Rule7.cs).
 */
class CsetDiagramsTest {

	@TempDir
	Path dir;

	private Set<String> csetResults(String file) throws Exception {
		FacilityWorkbook wb = FacilityFactory.eINSTANCE.createFacilityWorkbook();
		wb.setFacility(FacilityFactory.eINSTANCE.createFacility());
		DrawioImport plan = DrawioImport.plan(wb, DrawioReader.read(Resources.file("drawio/cset/" + file, dir)));
		wb.getZones().addAll(plan.newZones());
		wb.getDevices().addAll(plan.newDevices());
		wb.getLinks().addAll(plan.newLinks());
		AnalysisReport report = new NetworkAnalysis(RuleRegistry.of(BuiltInRules.descriptors())).run(wb);
		Set<String> results = new TreeSet<>();
		for (RuleResult r : report.results()) {
			if (r.ruleId().startsWith("CSET-")) {
				// the named components (zones and links left out), order-free like CSET's component pairs
				String names = r.elements().stream().filter(e -> e instanceof io.sekisho.model.facility.Device || plan.newZones().contains(e)
						&& !wb.getZones().stream().filter(z -> z == e).findFirst().map(z -> z.getKind() != io.sekisho.model.facility.ZoneKind.INTERNET
								&& z.getKind() != io.sekisho.model.facility.ZoneKind.VENDOR_NETWORK).orElse(false))
						.map(Names::of).sorted().collect(Collectors.joining("+"));
				results.add(r.ruleId() + " " + names);
			}
		}
		return results;
	}

	@Test
	void rule2Diagram() throws Exception {
		assertEquals(Set.of("CSET-1 AD-6+VLANS-7", "CSET-1 AD-4+VLANR-9", "CSET-2 FW-1", "CSET-2 FW-5", "CSET-3 VLANS-7"), csetResults("Rule2.txt"));
	}

	@Test
	void rule7Diagram() throws Exception {
		assertEquals(Set.of("CSET-7 AD-3+UD-11"), csetResults("Rule7.txt"));
	}

	@Test
	void rule5Diagram() throws Exception {
		assertEquals(Set.of("CSET-5 DB-13+VE-10", "CSET-5 DB-13+WEB-11", "CSET-5 DB-13+PA-12"), csetResults("Rule5.txt"));
	}
}
