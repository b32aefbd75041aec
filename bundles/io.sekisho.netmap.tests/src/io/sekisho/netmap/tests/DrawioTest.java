package io.sekisho.netmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.zip.Deflater;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.core.demo.DemoFacility;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceCategory;
import io.sekisho.model.facility.DeviceStatus;
import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.NetworkDeviceType;
import io.sekisho.model.persistence.SekishoFiles;
import io.sekisho.model.persistence.SekishoResource;
import io.sekisho.netmap.Diagrams;
import io.sekisho.netmap.drawio.DrawioFormatException;
import io.sekisho.netmap.drawio.DrawioImport;
import io.sekisho.netmap.drawio.DrawioReader;
import io.sekisho.netmap.drawio.DrawioWriter;

class DrawioTest {

	@TempDir
	Path dir;

	private static FacilityWorkbook empty() {
		FacilityWorkbook wb = FacilityFactory.eINSTANCE.createFacilityWorkbook();
		wb.setId("empty");
		wb.setFacility(FacilityFactory.eINSTANCE.createFacility());
		return wb;
	}

	private static DrawioReader.Diagram read(String xml) throws IOException {
		return DrawioReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.drawio");
	}

	@Test
	void compressedPageDecodesToTheSameCellsAsItsDecodedModel() throws Exception {
		DrawioReader.Diagram compressed = DrawioReader.read(Resources.file("drawio/network_lan_1.xml", dir));
		DrawioReader.Diagram plain = DrawioReader.read(Resources.file("drawio/network_lan_1.decoded-mxGraphModel.xml", dir));
		assertEquals(plain.cells().size(), compressed.cells().size());
		assertTrue(compressed.cells().size() > 20);
		for (int i = 0; i < plain.cells().size(); i++) {
			assertEquals(plain.cells().get(i).id(), compressed.cells().get(i).id());
			assertEquals(plain.cells().get(i).label(), compressed.cells().get(i).label());
		}
	}

	@Test
	void drawioNetworkShapesBecomeDeviceCategories() throws Exception {
		DrawioImport plan = DrawioImport.plan(empty(), DrawioReader.read(Resources.file("drawio/network_lan_1.xml", dir)));
		assertTrue(plan.newDevices().stream().anyMatch(d -> d.getCategory() == DeviceCategory.CLIENT_PC));
		assertTrue(plan.newDevices().stream().anyMatch(d -> d.getNetworkType() == NetworkDeviceType.FIREWALL));
		assertTrue(plan.newDevices().stream().anyMatch(d -> d.getNetworkType() == NetworkDeviceType.SWITCH));
		assertTrue(plan.newDevices().stream().anyMatch(d -> d.getCategory() == DeviceCategory.PRINTER));
		assertTrue(plan.newZones().stream().anyMatch(z -> z.getKind() == io.sekisho.model.facility.ZoneKind.INTERNET), "the cloud");
		assertFalse(plan.newLinks().isEmpty());
		assertEquals(plan.newDevices().size(), plan.newDevices().stream().map(Device::getName).distinct().count(), "names are unique");
	}

	@Test
	void uncompressedFileWithUnknownShapesWarns() throws Exception {
		DrawioImport plan = DrawioImport.plan(empty(), DrawioReader.read(Resources.file("drawio/gcp_websites_multiple_network_interfaces.xml", dir)));
		assertFalse(plan.newDevices().isEmpty());
		assertFalse(plan.warnings().isEmpty());
	}

	@Test
	void edgeWithMissingEndIsSkippedWithWarning() throws Exception {
		String xml = "<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>"
				+ "<UserObject label=\"SW-1\" ComponentGuid=\"g1\" id=\"a\"><mxCell style=\"image;image=img/cset/switch.svg\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"10\" y=\"10\" width=\"60\" height=\"60\" as=\"geometry\"/></mxCell></UserObject>"
				+ "<object label=\"PC-1\" id=\"b\"><mxCell style=\"image;image=img/cset/pc.svg\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"10\" y=\"100\" width=\"60\" height=\"60\" as=\"geometry\"/></mxCell></object>"
				+ "<mxCell id=\"e1\" edge=\"1\" parent=\"1\" source=\"a\" target=\"b\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"
				+ "<mxCell id=\"e2\" edge=\"1\" parent=\"1\" source=\"a\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"
				+ "</root></mxGraphModel>";
		DrawioImport plan = DrawioImport.plan(empty(), read(xml));
		assertEquals(2, plan.newDevices().size());
		assertEquals(1, plan.newLinks().size());
		assertTrue(plan.warnings().stream().anyMatch(w -> w.contains("e2")), plan.warnings().toString());
	}

	@Test
	void roundTripOfTheDemoMatchesEveryDeviceAndAddsNothing() throws Exception {
		FacilityWorkbook demo = DemoFacility.build();
		StringWriter out = new StringWriter();
		DrawioWriter.write(demo, Diagrams.create(demo), out);
		String xml = out.toString();
		assertTrue(xml.contains("ComponentGuid=") && xml.contains("zone=\"1\"") && xml.contains("SAL=\"High\"") && xml.contains("Security=\"Untrusted\""));

		DrawioImport same = DrawioImport.plan(DemoFacility.build(), read(xml));
		assertTrue(same.isEmpty(), same.describe().toString());
		long drawn = demo.getDevices().stream().filter(d -> d.getStatus() != DeviceStatus.DECOMMISSIONED).count();
		assertEquals(drawn, same.matchedDevices().size());

		FacilityWorkbook fresh = empty();
		DrawioImport plan = DrawioImport.plan(fresh, read(xml));
		assertEquals(drawn, plan.newDevices().size());
		assertEquals(demo.getZones().size(), plan.newZones().size());
		for (Device original : demo.getDevices()) {
			if (original.getStatus() == DeviceStatus.DECOMMISSIONED) {
				continue;
			}
			Device copy = plan.newDevices().stream().filter(d -> d.getName().equals(original.getName())).findFirst().orElseThrow();
			assertEquals(original.getCategory(), copy.getCategory(), original.getName());
			assertEquals(original.getNetworkType(), copy.getNetworkType(), original.getName());
			assertEquals(original.getZone().getName(), copy.getZone().getName(), original.getName());
			assertEquals(original.getIpAddresses().get(0), copy.getIpAddresses().get(0));
		}
		assertTrue(plan.warnings().isEmpty(), plan.warnings().toString());
	}

	@Test
	void importIsOneUndoableCommandAndSaves() throws Exception {
		Path file = dir.resolve("f.sekisho");
		SekishoResource resource = SekishoFiles.save(empty(), file);
		FacilityWorkbook demo = DemoFacility.build();
		StringWriter out = new StringWriter();
		DrawioWriter.write(demo, Diagrams.create(demo), out);
		DrawioImport plan = DrawioImport.plan(resource.workbook(), read(out.toString()));
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack(), resource.getResourceSet());
		domain.getCommandStack().execute(plan.command(domain, resource));
		assertEquals(plan.newDevices().size(), resource.workbook().getDevices().size());
		assertTrue(Diagrams.find(resource).isPresent());
		domain.getCommandStack().undo();
		assertEquals(0, resource.workbook().getDevices().size());
		assertTrue(Diagrams.find(resource).isEmpty());
		domain.getCommandStack().redo();
		resource.save(null);
		SekishoResource loaded = SekishoFiles.load(file);
		assertEquals(plan.newDevices().size(), loaded.workbook().getDevices().size());
		assertEquals(plan.newDevices().size() + plan.newZones().size(), Diagrams.find(loaded).orElseThrow().getNodes().size());
	}

	// hostile files: a clear error, bounded memory, nothing imported

	private static void assertRejected(String xml, String expectedPart) {
		DrawioFormatException e = assertThrows(DrawioFormatException.class, () -> read(xml));
		assertTrue(e.getMessage().contains("test.drawio"), e.getMessage());
		if (expectedPart != null) {
			assertTrue(e.getMessage().contains(expectedPart), e.getMessage());
		}
	}

	@Test
	void xxeIsRefused() {
		assertRejected("<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><mxGraphModel><root><mxCell id=\"0\" value=\"&x;\"/></root></mxGraphModel>",
				null);
	}

	@Test
	void billionLaughsIsRefused() {
		StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
		for (int i = 1; i < 10; i++) {
			b.append("<!ENTITY lol").append(i).append(" \"");
			for (int j = 0; j < 10; j++) {
				b.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
			}
			b.append("\">");
		}
		b.append("]><mxGraphModel><root><mxCell id=\"0\" value=\"&lol9;\"/></root></mxGraphModel>");
		assertRejected(b.toString(), null);
	}

	private static String page(byte[] raw) {
		return "<mxfile><diagram id=\"d\" name=\"p\">" + Base64.getEncoder().encodeToString(raw) + "</diagram></mxfile>";
	}

	private static byte[] deflate(byte[] data) {
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
		deflater.setInput(data);
		deflater.finish();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[1 << 16];
		while (!deflater.finished()) {
			out.write(buffer, 0, deflater.deflate(buffer));
		}
		deflater.end();
		return out.toByteArray();
	}

	@Test
	void deflateBombIsRefused() {
		byte[] zeros = new byte[200 << 20]; // 200 MB of zeros deflate to about 200 KB
		String xml = page(deflate(zeros));
		assertTrue(xml.length() < 2 << 20);
		assertRejected(xml, null);
	}

	@Test
	void badBase64IsRefused() {
		assertRejected("<mxfile><diagram id=\"d\">!!!not*base64???</diagram></mxfile>", null);
	}

	@Test
	void aMillionCellsAreRefused() {
		StringBuilder b = new StringBuilder(40 << 20).append("<mxGraphModel><root>");
		for (int i = 0; i < 1_000_000; i++) {
			b.append("<mxCell id=\"").append(i).append("\"/>");
			if (b.length() > 30 << 20) {
				break;
			}
		}
		b.append("</root></mxGraphModel>");
		assertRejected(b.toString(), String.valueOf(DrawioReader.MAX_CELLS));
	}

	@Test
	void compressedPageRoundTripsThroughTheDecoder() throws Exception {
		String model = "<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/><mxCell id=\"2\" value=\"電子カルテ サーバ + 1\" style=\"shape=mxgraph.networks.server\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"1\" y=\"2\" width=\"3\" height=\"4\" as=\"geometry\"/></mxCell></root></mxGraphModel>";
		String encoded = URLEncoder.encode(model, StandardCharsets.UTF_8).replace("+", "%20");
		DrawioReader.Diagram d = read(page(deflate(encoded.getBytes(StandardCharsets.US_ASCII))));
		assertEquals("電子カルテ サーバ + 1", d.cells().get(2).label());
	}

	@Test
	void facilityIsUntouchedByABadFile() throws Exception {
		Path file = dir.resolve("demo.sekisho");
		SekishoFiles.save(DemoFacility.build(), file);
		byte[] before = Files.readAllBytes(file);
		Path bad = dir.resolve("bad.drawio");
		Files.writeString(bad, "<mxfile><diagram>%%%</diagram></mxfile>");
		assertThrows(DrawioFormatException.class, () -> DrawioReader.read(bad));
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)));
	}
}
