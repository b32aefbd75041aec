package io.sekisho.checklist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.sekisho.checklist.catalog.DeviceColumn;
import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.editions.EditionFormatException;
import io.sekisho.checklist.editions.EditionLoader;

/** Bad edition files get messages that name the file and the place. */
class EditionLoaderTest {

	private static final String HEAD = """
			<?xml version="1.0" encoding="UTF-8"?>
			<catalog:Edition xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:catalog="urn:sekisho:checklist:catalog:1.0"
			""";

	private static Edition load(String xml) throws EditionFormatException {
		return EditionLoader.load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "x/e.xmi");
	}

	@Test
	void loadsDatesColumnsAndForms() throws Exception {
		Edition edition = load(HEAD + """
				    id="e" fiscalYear="2025" publicationDate="2025-05-16">
				  <forms kind="vendor"/>
				  <sections number="2"><items id="2-⑦" number="⑦" columns="server networkDevice" forms="vendor"/></sections>
				</catalog:Edition>
				""");
		assertEquals(LocalDate.of(2025, 5, 16), edition.getPublicationDate());
		assertEquals(java.util.List.of(DeviceColumn.SERVER, DeviceColumn.NETWORK_DEVICE), edition.getSections().get(0).getItems().get(0).getColumns());
	}

	@Test
	void malformedXmlNamesLineAndColumn() {
		EditionFormatException e = assertThrows(EditionFormatException.class, () -> load(HEAD + """
				    id="e" fiscalYear="2025">
				  <forms kind="vendor">
				</catalog:Edition>
				"""));
		assertTrue(e.getMessage().startsWith("x/e.xmi: line 5, column"), e.getMessage());
	}

	@Test
	void unknownEnumLiteralIsReported() {
		EditionFormatException e = assertThrows(EditionFormatException.class, () -> load(HEAD + """
				    id="e" fiscalYear="2025">
				  <forms kind="hospital"/>
				</catalog:Edition>
				"""));
		assertTrue(e.getMessage().contains("x/e.xmi: line 4"), e.getMessage());
	}

	@Test
	void duplicateItemUnknownFormAndDanglingMappingAreAllListed() {
		EditionFormatException e = assertThrows(EditionFormatException.class, () -> load(HEAD + """
				    id="e" fiscalYear="2025" predecessorId="p">
				  <forms kind="vendor"/>
				  <sections number="1">
				    <items id="1-①" number="①" forms="vendor"/>
				    <items id="1-①" number="②" forms="pharmacy"/>
				  </sections>
				  <mappings fromItemId="1-(1)" toItemId="1-⑨"/>
				</catalog:Edition>
				"""));
		assertEquals(3, e.problems().size(), e.getMessage());
		assertTrue(e.problems().get(0).contains("1-①"), e.getMessage());
		assertTrue(e.problems().get(1).contains("pharmacy"), e.getMessage());
		assertTrue(e.problems().get(2).contains("1-⑨"), e.getMessage());
	}

	@Test
	void missingRequiredAttributeNamesTheItem() {
		EditionFormatException e = assertThrows(EditionFormatException.class, () -> load(HEAD + """
				    id="e" fiscalYear="2025">
				  <forms kind="vendor"/>
				  <sections number="1"><items id="1-①" forms="vendor"/></sections>
				</catalog:Edition>
				"""));
		assertTrue(e.getMessage().contains("x/e.xmi: item 1-①:"), e.getMessage());
		assertTrue(e.getMessage().contains("number"), e.getMessage());
	}

	@Test
	void mappingsWithoutPredecessorAndAnImplausibleFiscalYear() {
		EditionFormatException e = assertThrows(EditionFormatException.class, () -> load(HEAD + """
				    id="e" fiscalYear="25">
				  <forms kind="vendor"/>
				  <sections number="1"><items id="1-①" number="①" forms="vendor"/></sections>
				  <mappings fromItemId="1-①" toItemId="1-①"/>
				</catalog:Edition>
				"""));
		assertEquals(2, e.problems().size(), e.getMessage());
	}
}
