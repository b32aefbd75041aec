package io.sekisho.checklist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.sekisho.checklist.catalog.Certainty;
import io.sekisho.checklist.catalog.DeviceColumn;
import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.catalog.FormKind;
import io.sekisho.checklist.catalog.Item;
import io.sekisho.checklist.catalog.Note;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.checklist.editions.Editions;

/** The R6 and R7 data against the facts in the domain notes (numbers and figures exact, uncertainty marked). */
class ShippedEditionsTest {

	private final EditionRegistry registry = EditionRegistry.fromPlatform();
	private final Edition r6 = registry.find("mhlw-r6").orElseThrow();
	private final Edition r7 = registry.find("mhlw-r7").orElseThrow();

	@Test
	void editionHeaders() {
		assertEquals(LocalDate.of(2024, 5, 13), r6.getPublicationDate());
		assertEquals(2024, r6.getFiscalYear());
		assertEquals("医政参発0513第6号", r6.getPublicationReference());
		assertEquals(LocalDate.of(2025, 5, 16), r7.getPublicationDate());
		assertEquals(2025, r7.getFiscalYear());
		assertEquals("mhlw-r6", r7.getPredecessorId());
		for (Edition e : List.of(r6, r7)) {
			assertEquals(List.of(FormKind.MEDICAL_INSTITUTION, FormKind.PHARMACY, FormKind.VENDOR),
					e.getForms().stream().map(f -> f.getKind()).toList());
		}
	}

	@Test
	void r6ItemsAndColumns() {
		List<String> ids = Editions.items(r6, FormKind.MEDICAL_INSTITUTION).stream().map(Item::getId).toList();
		assertEquals(List.of("0", "1-(1)", "2-(1)", "2-(2)", "2-(3)", "2-(4)", "2-(5)", "2-(6)", "2-(7)", "2-(8)", "2-(9)",
				"3-(1)", "3-(2)", "3-(3)"), ids);
		assertEquals(List.of(DeviceColumn.SERVER, DeviceColumn.CLIENT_PC), item(r6, "2-(5)").getColumns());
		assertEquals(List.of(DeviceColumn.SERVER), item(r6, "2-(6)").getColumns());
		assertEquals(List.of(DeviceColumn.NETWORK_DEVICE, DeviceColumn.SERVER, DeviceColumn.CLIENT_PC), item(r6, "2-(7)").getColumns());
		assertTrue(item(r6, "0").isGate());
		// the opening question is on the hospital form only
		assertFalse(Editions.items(r6, FormKind.VENDOR).contains(item(r6, "0")));
		// the order of 2-(8) and 2-(9) is not verified
		assertEquals(Certainty.OPEN, item(r6, "2-(8)").getNumberStatus());
	}

	@Test
	void r7NewItemsWithTheirFigures() {
		Item length = item(r7, "2-⑦");
		assertEquals("⑦", length.getNumber());
		assertEquals(Certainty.FIRM, length.getNumberStatus());
		assertTrue(length.getTextEn().contains("8 characters") && length.getTextEn().contains("13"), length.getTextEn());
		// corrected from サーバ / ネットワーク機器: the March 2025 draft manual asks it for 医療情報システム全般
		assertEquals(List.of(DeviceColumn.GENERAL), length.getColumns());
		assertEquals(Certainty.LIKELY, length.getColumnsStatus());
		assertEquals("⑧", item(r7, "2-⑧").getNumber());
		assertEquals("⑨", item(r7, "2-⑨").getNumber());
		assertEquals(List.of(DeviceColumn.GENERAL), item(r7, "2-⑥").getColumns());
		Item twoFactor = item(r7, "2-2fa");
		assertEquals(Certainty.OPEN, twoFactor.getNumberStatus());
		assertTrue(twoFactor.getNotes().stream().map(Note::getTargetFiscalYear).anyMatch(Integer.valueOf(2027)::equals));
		assertEquals("2-⑥", Editions.label(item(r7, "2-⑥")));
		assertEquals("2-(7)", Editions.label(item(r6, "2-(7)")));
	}

	@Test
	void everyItemHasBothLanguagesAndUncertaintyIsAnAttributeNotPartOfTheText() {
		for (Edition e : List.of(r6, r7)) {
			for (Item item : Editions.items(e, FormKind.MEDICAL_INSTITUTION)) {
				assertFalse(item.getTextJa() == null || item.getTextJa().isBlank(), item.getId());
				assertFalse(item.getTextEn() == null || item.getTextEn().isBlank(), item.getId());
				assertFalse(item.getTextJa().contains("[") || item.getTextEn().contains("["), item.getId());
			}
		}
		assertEquals(Certainty.LIKELY, item(r7, "1-rules").getTextStatus());
	}

	@Test
	void everyR6ItemMapsIntoR7ExceptNone() {
		for (Item item : Editions.items(r6, FormKind.MEDICAL_INSTITUTION)) {
			assertTrue(Editions.mapped(r7, item.getId()).isPresent(), item.getId());
		}
		assertEquals("2-⑥", Editions.mapped(r7, "2-(7)").orElseThrow().getId());
		assertEquals("2-⑬", Editions.mapped(r7, "2-(8)").orElseThrow().getId());
		assertTrue(registry.problems().stream().noneMatch(p -> p.contains("mhlw-r")), registry.problems().toString());
	}

	private static Item item(Edition edition, String id) {
		return Editions.item(edition, id).orElseThrow(() -> new AssertionError(id));
	}
}
