package io.sekisho.checklist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import io.sekisho.checklist.catalog.Certainty;
import io.sekisho.checklist.catalog.DeviceColumn;
import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.catalog.FormKind;
import io.sekisho.checklist.catalog.Item;
import io.sekisho.checklist.editions.CertaintyMarkers;
import io.sekisho.checklist.editions.EditionFormatException;
import io.sekisho.checklist.editions.EditionLoader;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.checklist.editions.Editions;

/** The FY2026 (令和8年度) edition against the facts we have, and the R7 corrections. */
class R8EditionTest {

	private final EditionRegistry registry = EditionRegistry.fromPlatform();
	private final Edition r7 = registry.find("mhlw-r7").orElseThrow();
	private final Edition r8 = registry.find("mhlw-r8").orElseThrow();

	@Test
	void headerAndForms() {
		assertEquals(2026, r8.getFiscalYear());
		assertEquals("mhlw-r7", r8.getPredecessorId());
		assertEquals("産情発0629第1号", r8.getPublicationReference());
		assertEquals(List.of(FormKind.MEDICAL_INSTITUTION_AND_PHARMACY, FormKind.VENDOR), r8.getForms().stream().map(f -> f.getKind()).toList());
		assertTrue(Editions.offersOutOfScope(r8, FormKind.VENDOR));
		assertFalse(Editions.offersOutOfScope(r8, FormKind.MEDICAL_INSTITUTION_AND_PHARMACY));
		assertTrue(Editions.hasConfirmationDate(r8, FormKind.MEDICAL_INSTITUTION_AND_PHARMACY));
		assertTrue(Editions.hasConfirmationDate(r8, FormKind.VENDOR));
		// nothing of it could be read in the official files: no fact is firm
		assertEquals(Certainty.LIKELY, r8.getStatus());
	}

	@Test
	void nineteenItemsOnTheFacilityFormAndSectionFourOnlyThere() {
		List<String> facility = Editions.items(r8, FormKind.MEDICAL_INSTITUTION_AND_PHARMACY).stream().map(Editions::label).toList();
		assertEquals(List.of("1-①", "2-①", "2-②", "2-③", "2-④", "2-⑤", "2-⑥", "2-⑦", "2-⑧", "2-⑨", "2-⑩", "2-⑪", "2-⑫", "2-⑬", "2-⑭",
				"3-①", "3-②", "3-③", "4-①"), facility);
		List<String> vendor = Editions.items(r8, FormKind.VENDOR).stream().map(Item::getId).toList();
		assertEquals(18, vendor.size());
		assertFalse(vendor.contains("4-①"));
		assertTrue(r8.getSections().get(3).getForms().equals(List.of(FormKind.MEDICAL_INSTITUTION_AND_PHARMACY)));
		// no opening question 0 in the material seen, and that is marked as open
		assertTrue(Editions.item(r8, "0").isEmpty());
		assertTrue(r8.getNotes().stream().anyMatch(n -> n.getStatus() == Certainty.OPEN));
	}

	@Test
	void deviceColumnsAndTwoFactorDeadline() {
		assertEquals(List.of(DeviceColumn.SERVER), item(r8, "2-⑬").getColumns());
		assertEquals(List.of(DeviceColumn.NETWORK_DEVICE), item(r8, "2-⑭").getColumns());
		assertEquals(List.of(DeviceColumn.GENERAL), item(r8, "2-⑦").getColumns());
		assertEquals(List.of(DeviceColumn.SERVER, DeviceColumn.CLIENT_PC), item(r8, "2-⑩").getColumns());
		for (String id : List.of("2-⑪", "2-⑫")) {
			assertEquals(Integer.valueOf(2027), item(r8, id).getNotes().get(0).getTargetFiscalYear(), id);
			assertEquals(Certainty.OPEN, item(r8, id).getColumnsStatus(), id);
		}
		assertTrue(item(r8, "2-⑦").getTextJa().contains("13文字"));
		assertTrue(item(r8, "2-②").getVendorTextJa().contains("報告"));
	}

	@Test
	void mappingsFromR7() {
		assertEquals("2-⑬", Editions.mapped(r8, "2-⑩").orElseThrow().getId());
		assertEquals(List.of("2-⑪", "2-⑫"), Editions.mappedAll(r8, "2-2fa").stream().map(Item::getId).toList());
		assertEquals("2-⑩", Editions.mapped(r8, "2-⑫").orElseThrow().getId());
		assertEquals("2-⑭", Editions.mapped(r8, "2-⑬").orElseThrow().getId());
		assertEquals("4-①", Editions.mapped(r8, "1-rules").orElseThrow().getId());
		assertTrue(Editions.mapped(r8, "0").isEmpty());
		assertTrue(registry.problems().stream().noneMatch(p -> p.contains("mhlw-r8")), registry.problems().toString());
	}

	@Test
	void r7Corrections() {
		assertEquals(List.of(DeviceColumn.GENERAL), item(r7, "2-⑦").getColumns());
		Item rules = item(r7, "1-rules");
		assertEquals(Certainty.OPEN, rules.getNumberStatus());
		assertFalse(Editions.label(rules).contains("②"), Editions.label(rules));
		assertTrue(Editions.hasConfirmationDate(r7, FormKind.MEDICAL_INSTITUTION));
		Edition r6 = registry.find("mhlw-r6").orElseThrow();
		assertTrue(Editions.items(r6, FormKind.PHARMACY).get(0).isGate(), "the R6 pharmacy form starts with question 0 too");
	}

	@Test
	void noTextOfAnyShippedEditionCarriesACertaintyMarker() {
		for (Edition edition : registry.all()) {
			assertEquals(List.of(), CertaintyMarkers.find(edition), edition.getId());
		}
	}

	@Test
	void anEditionFileWithAMarkerInAnItemTextIsRefused() {
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<catalog:Edition xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:catalog="urn:sekisho:checklist:catalog:1.0"
				    id="marked" fiscalYear="2026">
				  <forms kind="vendor"/>
				  <sections number="1"><items id="1-①" number="①" forms="vendor" textJa="[likely] 責任者を置いている。"/></sections>
				</catalog:Edition>
				""";
		Executable load = () -> EditionLoader.load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "marked.xmi");
		EditionFormatException e = org.junit.jupiter.api.Assertions.assertThrows(EditionFormatException.class, load);
		assertTrue(e.problems().toString().contains("textJa"), e.problems().toString());
	}

	private static Item item(Edition edition, String id) {
		return Editions.item(edition, id).orElseThrow(() -> new AssertionError(id));
	}
}
