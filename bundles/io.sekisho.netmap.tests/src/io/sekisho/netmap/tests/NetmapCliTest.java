package io.sekisho.netmap.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.cli.Sekishoc;
import io.sekisho.core.demo.DemoFacility;
import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.persistence.SekishoFiles;
import io.sekisho.netmap.Diagrams;

class NetmapCliTest {

	@TempDir
	Path dir;

	record Run(int code, String out, String err) {
	}

	/** Runs sekishoc netmap ARGS as the command line does; messages of a failure go to err. */
	private static Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		CommandIO io = new CommandIO(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		String[] words = new String[args.length + 1];
		words[0] = "netmap";
		System.arraycopy(args, 0, words, 1, args.length);
		int code = Sekishoc.run(io, words);
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private Path demo() throws Exception {
		Path file = dir.resolve("demo.sekisho");
		SekishoFiles.save(DemoFacility.build(), file);
		return file;
	}

	@Test
	void analyzePrintsTabSeparatedResultsAndExitsOneOnErrors() throws Exception {
		Run run = run("analyze", demo().toString());
		assertEquals(ExitCode.PROBLEMS, run.code());
		String path = run.out().lines().filter(l -> l.startsWith("NM-PATH\tERROR\t") && l.contains("VPN-MEAL01")).findFirst().orElseThrow();
		String[] columns = path.split("\t");
		assertEquals(4, columns.length);
		assertEquals("給食委託先 常時接続 VPN > 給食委託先データセンター > VPN-MEAL01 > CORE-SW02 > CORE-SW01", columns[2]);
		assertTrue(run.out().lines().anyMatch(l -> l.startsWith("NM-VPN\tWARNING\tFGT-EHR01\t")), run.out());
	}

	@Test
	void analyzeJson() throws Exception {
		Run run = run("analyze", demo().toString(), "--json");
		// read with Jackson's parser: the caterer's always-on path as a result with its elements in order
		boolean pathFound = false;
		try (JsonParser p = new JsonFactory().createParser(run.out())) {
			assertEquals(JsonToken.START_ARRAY, p.nextToken());
			for (JsonToken t = p.nextToken(); t == JsonToken.START_OBJECT; t = p.nextToken()) {
				String rule = null;
				boolean path = false;
				List<String> names = new java.util.ArrayList<>();
				for (JsonToken f = p.nextToken(); f != JsonToken.END_OBJECT; f = p.nextToken()) {
					String field = p.currentName();
					JsonToken value = p.nextToken();
					if ("rule".equals(field)) {
						rule = p.getText();
					} else if ("path".equals(field)) {
						path = value == JsonToken.VALUE_TRUE;
					} else if ("elements".equals(field)) {
						for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
							for (JsonToken g = p.nextToken(); g != JsonToken.END_OBJECT; g = p.nextToken()) {
								String key = p.currentName();
								p.nextToken();
								if ("name".equals(key)) {
									names.add(p.getText());
								}
							}
						}
					} else {
						p.skipChildren();
					}
				}
				if ("NM-PATH".equals(rule) && names.contains("VPN-MEAL01")) {
					assertTrue(path, "NM-PATH is a path");
					assertEquals(List.of("給食委託先 常時接続 VPN", "給食委託先データセンター", "VPN-MEAL01", "CORE-SW02", "CORE-SW01"), names);
					pathFound = true;
				}
			}
			assertEquals(null, p.nextToken(), "one array, nothing after it");
		}
		assertTrue(pathFound, run.out());
	}

	@Test
	void cleanFacilityExitsZero() throws Exception {
		FacilityWorkbook wb = FacilityFactory.eINSTANCE.createFacilityWorkbook();
		wb.setFacility(FacilityFactory.eINSTANCE.createFacility());
		Path file = dir.resolve("empty.sekisho");
		SekishoFiles.save(wb, file);
		assertEquals(ExitCode.OK, run("analyze", file.toString()).code());
	}

	@Test
	void exportWritesPngSvgAndDrawioWithoutChangingTheFile() throws Exception {
		Path file = demo();
		byte[] before = Files.readAllBytes(file);
		run("export", file.toString(), "--format", "png", "--out", dir.resolve("map.png").toString());
		assertTrue(ImageIO.read(dir.resolve("map.png").toFile()).getWidth() > 500);
		run("export", file.toString(), "--format", "svg", "--out", dir.resolve("map.svg").toString());
		assertTrue(Files.readString(dir.resolve("map.svg")).contains("電子カルテ系LAN"));
		run("export", file.toString(), "--format", "drawio", "--out", dir.resolve("map.drawio").toString());
		assertTrue(Files.readString(dir.resolve("map.drawio")).contains("ComponentGuid"));
		assertArrayEquals(before, Files.readAllBytes(file));
		assertEquals(ExitCode.USAGE, run("export", file.toString(), "--format", "gif", "--out", "x").code());
	}

	@Test
	void importDryRunChangesNothingAndImportSavesAtomically() throws Exception {
		Path source = demo();
		run("export", source.toString(), "--format", "drawio", "--out", dir.resolve("map.drawio").toString());
		FacilityWorkbook wb = FacilityFactory.eINSTANCE.createFacilityWorkbook();
		wb.setFacility(FacilityFactory.eINSTANCE.createFacility());
		Path target = dir.resolve("target.sekisho");
		SekishoFiles.save(wb, target);
		byte[] before = Files.readAllBytes(target);

		Run dry = run("import", target.toString(), dir.resolve("map.drawio").toString(), "--dry-run");
		assertEquals(ExitCode.OK, dry.code());
		assertTrue(dry.out().lines().anyMatch(l -> l.contains("VPN-MEAL01")), dry.out());
		assertArrayEquals(before, Files.readAllBytes(target));

		Run real = run("import", target.toString(), dir.resolve("map.drawio").toString());
		assertEquals(ExitCode.OK, real.code());
		var loaded = SekishoFiles.load(target);
		assertTrue(loaded.workbook().getDevices().size() > 100);
		assertTrue(Diagrams.find(loaded).isPresent());
		assertTrue(Files.exists(dir.resolve("target.sekisho.bak")));

		// again: everything matches, nothing added
		Run again = run("import", target.toString(), dir.resolve("map.drawio").toString());
		assertFalse(again.out().lines().anyMatch(l -> l.startsWith("add") || l.contains("追加")), again.out());
	}

	/** CSET's CleanDiagram: its eleven link connectors are reported as what they are, never as devices added. */
	@Test
	void importOfCsetConnectorsSaysWhatBecameOfThem() throws Exception {
		FacilityWorkbook wb = FacilityFactory.eINSTANCE.createFacilityWorkbook();
		wb.setFacility(FacilityFactory.eINSTANCE.createFacility());
		Path target = dir.resolve("clean.sekisho");
		SekishoFiles.save(wb, target);
		Path diagram = Resources.file("drawio/cset/CleanDiagram.txt", dir);
		Run dry = run("import", target.toString(), diagram.toString(), "--dry-run");
		assertEquals(ExitCode.OK, dry.code(), dry.err());
		java.util.function.Predicate<String> connector = l -> l.contains("Connector_") || l.contains("CON-38");
		java.util.function.Predicate<String> deviceAdded = l -> l.startsWith("add device") || l.startsWith("\u6A5F\u5668\u3092\u8FFD\u52A0");
		assertFalse(dry.out().lines().anyMatch(connector.and(deviceAdded)), dry.out());
		assertEquals(36, dry.out().lines().filter(deviceAdded).count(), dry.out());
		assertEquals(5, dry.out().lines().filter(connector).count(), dry.out());
		assertTrue(dry.out().lines().filter(connector).allMatch(l -> l.startsWith("connector") || l.startsWith("\u63A5\u7D9A\u8A18\u53F7")), dry.out());

		Run real = run("import", target.toString(), diagram.toString());
		assertEquals(ExitCode.OK, real.code(), real.err());
		var loaded = SekishoFiles.load(target);
		assertEquals(36, loaded.workbook().getDevices().size());
		assertEquals(78, loaded.workbook().getLinks().size());
		// figures for the two zones, the Web node and the 36 devices; none for a connector
		assertEquals(39, Diagrams.find(loaded).orElseThrow().getNodes().size());
	}

	@Test
	void badDiagramIsReportedAndTheFacilityStaysAsItWas() throws Exception {
		Path file = demo();
		byte[] before = Files.readAllBytes(file);
		Path bad = dir.resolve("bad.drawio");
		Files.writeString(bad, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><mxGraphModel/>");
		Run refused = run("import", file.toString(), bad.toString());
		assertEquals(ExitCode.PROBLEMS, refused.code());
		assertTrue(refused.err().contains("bad.drawio"), refused.err());
		assertArrayEquals(before, Files.readAllBytes(file));
	}
}
