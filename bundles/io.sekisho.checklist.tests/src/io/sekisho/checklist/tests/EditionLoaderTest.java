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

	/** Issue 19, findings 1 and 14: an edition file names no other document and has no DOCTYPE. */
	@Test
	void anEditionThatNamesAWebAddressOrHasADoctypeIsRefusedWithoutAConnection() throws Exception {
		try (java.net.ServerSocket server = new java.net.ServerSocket(0)) {
			java.util.concurrent.atomic.AtomicInteger connections = new java.util.concurrent.atomic.AtomicInteger();
			Thread accept = new Thread(() -> {
				while (!server.isClosed()) {
					try (java.net.Socket s = server.accept()) {
						connections.incrementAndGet();
					} catch (java.io.IOException e) {
						return;
					}
				}
			});
			accept.setDaemon(true);
			accept.start();
			EditionFormatException href = assertThrows(EditionFormatException.class, () -> load(HEAD + """
					    id="e" fiscalYear="2025">
					  <sections href="http://127.0.0.1:%d/evil.xmi#s"/>
					</catalog:Edition>
					""".formatted(server.getLocalPort())));
			assertTrue(href.getMessage().contains("x/e.xmi") && href.getMessage().contains("line 4"), href.getMessage());
			EditionFormatException doctype = assertThrows(EditionFormatException.class, () -> load("""
					<?xml version="1.0" encoding="UTF-8"?>
					<!DOCTYPE e [ <!ENTITY x SYSTEM "http://127.0.0.1:%d/entity"> ]>
					<catalog:Edition xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:catalog="urn:sekisho:checklist:catalog:1.0" id="&x;" fiscalYear="2025"/>
					""".formatted(server.getLocalPort())));
			assertTrue(doctype.getMessage().contains("line 2"), doctype.getMessage());
			assertEquals(0, connections.get());
		}
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
