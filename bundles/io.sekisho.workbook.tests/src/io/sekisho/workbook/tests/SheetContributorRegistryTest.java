package io.sekisho.workbook.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;

import io.sekisho.workbook.internal.SheetContributorRegistry;
import io.sekisho.workbook.internal.SheetContributorRegistry.Contribution;

class SheetContributorRegistryTest {

	private final SheetContributorRegistry registry = SheetContributorRegistry.fromPlatform();

	@Test
	void theTestFragmentsContributionIsPickedUpAndCreated() throws CoreException {
		Contribution sample = find("io.sekisho.workbook.tests.sample");
		assertEquals(5000, sample.order());
		assertEquals("io.sekisho.workbook", sample.contributor(), "a fragment contributes in the name of its host");
		assertInstanceOf(SampleSheetContributor.class, sample.create());
	}

	@Test
	void contributionsRunInAscendingOrder() {
		List<Contribution> all = registry.contributions();
		for (int i = 1; i < all.size(); i++) {
			assertTrue(all.get(i - 1).order() <= all.get(i).order(), all.toString());
		}
		assertTrue(all.indexOf(find("io.sekisho.workbook.tests.early")) < all.indexOf(find("io.sekisho.workbook.tests.sample")));
	}

	@Test
	void anOrderThatIsNotANumberIsReportedAndSkipped() {
		assertTrue(registry.contributions().stream().noneMatch(c -> c.id().equals("io.sekisho.workbook.tests.badOrder")));
		assertTrue(registry.problems().stream().anyMatch(p -> p.contains("io.sekisho.workbook.tests.badOrder") && p.contains("soon")),
				registry.problems().toString());
	}

	private Contribution find(String id) {
		return registry.contributions().stream().filter(c -> c.id().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError(id + " not in " + registry.contributions()));
	}
}
