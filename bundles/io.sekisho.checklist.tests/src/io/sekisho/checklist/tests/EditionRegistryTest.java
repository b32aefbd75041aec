package io.sekisho.checklist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.editions.EditionRegistry;

/** The extension point io.sekisho.checklist.editions: shipped editions plus this fragment's contributions. */
class EditionRegistryTest {

	private final EditionRegistry registry = EditionRegistry.fromPlatform();

	@Test
	void shippedEditionsAndTheFragmentsEditionLoadOrderedByFiscalYear() {
		List<String> ids = registry.all().stream().map(Edition::getId).toList();
		assertEquals(List.of("mhlw-r6", "mhlw-r7", "mhlw-r8", "test-r8"), ids, registry.problems().toString());
		assertEquals("test-r8", registry.latest().orElseThrow().getId());
	}

	@Test
	void aBrokenContributionIsReportedWithFileAndLineAndDoesNotHideTheOthers() {
		List<String> problems = registry.problems();
		assertTrue(problems.stream().anyMatch(p -> p.startsWith("io.sekisho.checklist/editions/broken.xmi: line 6, column")
				&& p.contains("colour")), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.contains("editions/missing.xmi")), problems.toString());
		assertTrue(registry.find("broken").isEmpty());
	}

	@Test
	void aVendorEditionMappingIsCheckedAgainstItsPredecessor() {
		// test-r8 maps 1-① of mhlw-r7, which exists: no problem is reported for it
		assertTrue(registry.problems().stream().noneMatch(p -> p.contains("test-r8")), registry.problems().toString());
		assertTrue(registry.item("test-r8", "1-②").isPresent());
		assertTrue(registry.item("mhlw-r7", "2-⑦").isPresent());
		assertTrue(registry.item("mhlw-r7", "2-(7)").isEmpty());
	}
}
