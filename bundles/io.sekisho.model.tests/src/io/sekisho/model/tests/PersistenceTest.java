package io.sekisho.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.FacilityPackage;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Identified;
import io.sekisho.model.persistence.AtomicFileWriter;
import io.sekisho.model.persistence.ModelLoadException;
import io.sekisho.model.persistence.NewerSchemaException;
import io.sekisho.model.persistence.SchemaMigration;
import io.sekisho.model.persistence.SchemaMigrations;
import io.sekisho.model.persistence.SchemaVersion;
import io.sekisho.model.persistence.SekishoFiles;
import io.sekisho.model.persistence.SekishoResource;

class PersistenceTest {

	@TempDir
	Path dir;

	/** A second root of a registered package (the network map's diagram is one) is loaded and saved beside the workbook. */
	@Test
	void secondRootOfRegisteredPackageRoundTrips() throws IOException {
		Path file = dir.resolve("two-roots.sekisho");
		SekishoResource resource = SekishoFiles.save(Fixtures.smallClinic(), file);
		org.eclipse.emf.ecore.EAnnotation second = org.eclipse.emf.ecore.EcoreFactory.eINSTANCE.createEAnnotation();
		second.setSource("urn:test:second-root");
		resource.getContents().add(second);
		resource.save(null);
		assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("xmi:XMI"));

		SekishoResource loaded = SekishoFiles.load(file);
		assertEquals(2, loaded.getContents().size());
		assertNotNull(loaded.workbook());
		assertEquals(SchemaVersion.CURRENT, loaded.loadedSchemaVersion());
		assertEquals("urn:test:second-root", ((org.eclipse.emf.ecore.EAnnotation) loaded.getContents().get(1)).getSource());
	}

	@Test
	void roundTripKeepsEveryValueAndId() throws IOException {
		FacilityWorkbook original = Fixtures.smallClinic();
		Path file = dir.resolve("clinic.sekisho");
		SekishoFiles.save(original, file);

		FacilityWorkbook loaded = SekishoFiles.loadWorkbook(file);
		assertArrayEquals(original.getFingerprintSalt(), loaded.getFingerprintSalt());
		loaded.setFingerprintSalt(original.getFingerprintSalt()); // byte[] has identity equality in EcoreUtil.equals
		assertTrue(EcoreUtil.equals(original, loaded), "loaded workbook equals the saved one");
		assertEquals(SchemaVersion.CURRENT, loaded.getSchemaVersion());
		assertArrayEquals(original.getFingerprintSalt(), loaded.getFingerprintSalt());
		Device server = Fixtures.device(loaded, "電子カルテサーバ");
		assertEquals(Fixtures.device(original, "電子カルテサーバ").getId(), server.getId());
		assertEquals("院内LAN", server.getZone().getName());
		assertEquals(java.time.LocalDate.of(2020, 4, 1), server.getInstallDate());
	}

	@Test
	void everyElementHasAUuidAndReferencesUseIt() throws IOException {
		FacilityWorkbook workbook = Fixtures.smallClinic();
		Path file = dir.resolve("ids.sekisho");
		SekishoFiles.save(workbook, file);
		for (Iterator<EObject> it = workbook.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Identified identified) {
				assertEquals(identified.getId(), UUID.fromString(identified.getId()).toString());
			}
		}
		String xml = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml.substring(0, 60));
		assertTrue(xml.contains("電子カルテサーバ"), "Japanese is written as UTF-8, not as character references");
		String zoneId = workbook.getZones().get(0).getId();
		assertTrue(xml.contains("zone=\"" + zoneId + "\""), "references are the target's UUID: " + xml);
		assertTrue(xml.contains("schemaVersion=\"" + SchemaVersion.CURRENT + "\""));
		assertFalse(xml.contains("xmi:id"), "the id attribute is the only id");
	}

	@Test
	void renamingADeviceChangesOneLineOfTheFile() throws IOException {
		Path file = dir.resolve("diff.sekisho");
		SekishoResource resource = SekishoFiles.save(Fixtures.smallClinic(), file);
		List<String> before = Files.readAllLines(file);
		Fixtures.device(resource.workbook(), "VPN-01").setName("VPN-01（保守用、2019年導入の旧機種でファームウェア未更新のもの）");
		resource.save(Map.of());
		List<String> after = Files.readAllLines(file);
		assertEquals(before.size(), after.size());
		long changed = java.util.stream.IntStream.range(0, before.size()).filter(i -> !before.get(i).equals(after.get(i))).count();
		assertEquals(1, changed, "only the device's own line changes; references to it use its id");
	}

	@Test
	void elementsAddedToAResourceGetAnIdAtOnce() {
		SekishoResource resource = new SekishoResource(SekishoFiles.uriOf(dir.resolve("new.sekisho")));
		FacilityWorkbook workbook = Fixtures.smallClinic();
		resource.getContents().add(workbook);
		Device added = Fixtures.F.createDevice();
		workbook.getDevices().add(added);
		assertNotNull(added.getId());
		assertEquals(added, resource.getEObject(added.getId()));
	}

	@Test
	void saveKeepsThePreviousVersionAsBak() throws IOException {
		Path file = dir.resolve("h.sekisho");
		FacilityWorkbook workbook = Fixtures.smallClinic();
		SekishoResource resource = SekishoFiles.save(workbook, file);
		String first = Files.readString(file);
		workbook.getFacility().setName("改名クリニック");
		resource.save(Map.of());
		assertEquals(first, Files.readString(AtomicFileWriter.backupOf(file)));
		assertTrue(Files.readString(file).contains("改名クリニック"));
		if (Files.getFileStore(file).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
			var shared = java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
			Files.setPosixFilePermissions(file, shared);
			resource.save(Map.of());
			assertEquals(shared, Files.getPosixFilePermissions(file), "replacing the file keeps its permissions");
		}
		try (var files = Files.list(dir)) {
			assertEquals(List.of("h.sekisho", "h.sekisho.bak"), files.map(p -> p.getFileName().toString()).sorted().toList(),
					"no temporary file is left behind");
		}
	}

	@Test
	void truncatedFileIsReportedWithFileLineAndColumnAndNeverWritten() throws IOException {
		Path file = dir.resolve("cut.sekisho");
		SekishoFiles.save(Fixtures.smallClinic(), file);
		byte[] all = Files.readAllBytes(file);
		// cut at a line end: a cut inside a multi-byte character is a different error (tested below as garbage)
		int at = new String(all, StandardCharsets.ISO_8859_1).indexOf('\n', all.length / 2);
		byte[] cut = java.util.Arrays.copyOf(all, at);
		Files.write(file, cut);

		SekishoResource resource = new SekishoResource(SekishoFiles.uriOf(file));
		new ResourceSetImpl().getResources().add(resource);
		ModelLoadException e = assertThrows(ModelLoadException.class, () -> resource.load(Map.of()));
		assertTrue(e.line() > 1, "line " + e.line());
		assertTrue(e.column() > 0, "column " + e.column());
		assertTrue(e.getMessage().startsWith(file.toString() + ":" + e.line() + ":" + e.column() + ": "), e.getMessage());

		assertThrows(IOException.class, () -> resource.save(Map.of()), "a file that failed to load is never saved");
		assertArrayEquals(cut, Files.readAllBytes(file));
		assertFalse(Files.exists(AtomicFileWriter.backupOf(file)));
	}

	@Test
	void fileCutInsideAJapaneseCharacterNamesItsPlace() throws IOException {
		Path file = dir.resolve("cut-utf8.sekisho");
		SekishoFiles.save(Fixtures.smallClinic(), file);
		byte[] all = Files.readAllBytes(file);
		String xml = new String(all, StandardCharsets.UTF_8);
		int charStart = xml.substring(0, xml.indexOf("電子カルテサーバ")).getBytes(StandardCharsets.UTF_8).length;
		byte[] cut = java.util.Arrays.copyOf(all, charStart + 1); // one byte of a three-byte character
		Files.write(file, cut);
		int expectedLine = (int) xml.substring(0, xml.indexOf("電子カルテサーバ")).lines().count();

		ModelLoadException e = assertThrows(ModelLoadException.class, () -> SekishoFiles.load(file));
		assertEquals(expectedLine, e.line(), e.getMessage());
		assertTrue(e.column() > 0, e.getMessage());
		assertArrayEquals(cut, Files.readAllBytes(file));
	}

	@Test
	void invalidByteSequenceNamesItsPlace() throws IOException {
		Path file = dir.resolve("latin1.sekisho");
		SekishoFiles.save(Fixtures.smallClinic(), file);
		String xml = Files.readString(file);
		// a Shift_JIS/Latin-1 editor saved the file: bytes that are not UTF-8 in the middle of line 4
		byte[] broken = xml.replace("Shiken Clinic", "Shiken Clinic\u00E9").getBytes(StandardCharsets.ISO_8859_1);
		Files.write(file, broken);
		int expectedLine = (int) xml.substring(0, xml.indexOf("Shiken Clinic")).lines().count();
		ModelLoadException e = assertThrows(ModelLoadException.class, () -> SekishoFiles.load(file));
		assertEquals(expectedLine, e.line(), e.getMessage());
	}

	@Test
	void invalidValueNamesItsPlace() throws IOException {
		Path file = dir.resolve("bad.sekisho");
		SekishoFiles.save(Fixtures.smallClinic(), file);
		String xml = Files.readString(file);
		String broken = xml.replace("fiscalYear=\"2025\"", "fiscalYear=\"令和7\"");
		Files.writeString(file, broken);
		int expectedLine = (int) broken.substring(0, broken.indexOf("令和7")).lines().count();

		ModelLoadException e = assertThrows(ModelLoadException.class, () -> SekishoFiles.load(file));
		assertEquals(expectedLine, e.line(), e.getMessage());
		assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
		assertTrue(e.detail().contains("令和7") && e.detail().contains("fiscalYear"), e.detail());
		assertEquals(broken, Files.readString(file));
	}

	@Test
	void garbageIsReportedNotThrownAsRuntimeException() throws IOException {
		Path file = dir.resolve("garbage.sekisho");
		Files.writeString(file, "this is not XML\n");
		ModelLoadException e = assertThrows(ModelLoadException.class, () -> SekishoFiles.load(file));
		assertEquals(1, e.line(), e.getMessage());
	}

	@Test
	void otherXmlIsNotAFacilityFile() throws IOException {
		Path file = dir.resolve("other.sekisho");
		Files.writeString(file, "<?xml version=\"1.0\"?>\n<project xmlns=\"urn:other\"/>\n");
		ModelLoadException e = assertThrows(ModelLoadException.class, () -> SekishoFiles.load(file));
		assertTrue(e.getMessage().contains("urn:other"), e.getMessage());
		assertEquals(2, e.line());
	}

	@Test
	void newerSchemaVersionIsRefusedWithAMessageSayingSo() throws IOException {
		Path file = dir.resolve("future.sekisho");
		SekishoFiles.save(Fixtures.smallClinic(), file);
		String future = Files.readString(file).replace("schemaVersion=\"" + SchemaVersion.CURRENT + "\"", "schemaVersion=\"7\"");
		Files.writeString(file, future);

		NewerSchemaException e = assertThrows(NewerSchemaException.class, () -> SekishoFiles.load(file));
		assertEquals(7, e.fileVersion());
		assertTrue(e.getMessage().contains("7") && e.getMessage().contains(String.valueOf(SchemaVersion.CURRENT)), e.getMessage());
		assertEquals(future, Files.readString(file), "the newer file is left alone");
	}

	@Test
	void newerNamespaceIsRefusedToo() throws IOException {
		Path file = dir.resolve("future-ns.sekisho");
		SekishoFiles.save(Fixtures.smallClinic(), file);
		String future = Files.readString(file).replace(FacilityPackage.eNS_URI, SchemaVersion.NAMESPACE_PREFIX + "2.0");
		Files.writeString(file, future);
		NewerSchemaException e = assertThrows(NewerSchemaException.class, () -> SekishoFiles.load(file));
		assertTrue(e.getMessage().contains(SchemaVersion.NAMESPACE_PREFIX + "2.0"), e.getMessage());
	}

	/** Version 0 here is a made-up older format whose facility had "title" instead of "name". */
	@Test
	void olderFileIsMigratedOnLoad() throws IOException {
		Path file = dir.resolve("old.sekisho");
		SekishoFiles.save(Fixtures.smallClinic(), file);
		String old = Files.readString(file).replace("schemaVersion=\"" + SchemaVersion.CURRENT + "\"", "schemaVersion=\"0\"")
				.replace("name=\"試験クリニック\"", "title=\"旧クリニック\"");
		Files.writeString(file, old);
		SchemaMigration titleToName = new SchemaMigration() {
			@Override
			public int sourceVersion() {
				return 0;
			}

			@Override
			public void migrate(FacilityWorkbook workbook, XMLResource resource) {
				AnyType extension = resource.getEObjectToExtensionMap().get(workbook.getFacility());
				Object title = extension.getAnyAttribute().getValue(0);
				workbook.getFacility().setName((String) title);
				extension.getAnyAttribute().clear();
			}
		};

		SekishoResource migrated = SekishoFiles.load(file, Map.of(SekishoResource.OPTION_MIGRATIONS,
				java.util.stream.Stream.concat(java.util.stream.Stream.of(titleToName), SchemaMigrations.builtIn().stream()).toList()));
		assertEquals("旧クリニック", migrated.workbook().getFacility().getName());
		assertEquals(SchemaVersion.CURRENT, migrated.workbook().getSchemaVersion());
		assertEquals(0, migrated.loadedSchemaVersion());
		assertTrue(migrated.isModified(), "a migrated workbook needs saving");

		ModelLoadException noMigration = assertThrows(ModelLoadException.class, () -> SekishoFiles.load(file));
		assertTrue(noMigration.getMessage().contains("0"), noMigration.getMessage());
	}

	@Test
	void unknownAttributesAreKeptAndWrittenBack() throws IOException {
		Path file = dir.resolve("extra.sekisho");
		SekishoFiles.save(Fixtures.smallClinic(), file);
		Files.writeString(file, Files.readString(file).replace("nameKana=\"シケンクリニック\"", "nameKana=\"シケンクリニック\" futureField=\"kept\""));
		SekishoResource resource = SekishoFiles.load(file);
		resource.save(Map.of());
		assertTrue(Files.readString(file).contains("futureField=\"kept\""));
	}

	@Test
	void factoryIsRegisteredForTheFileExtensionAndThePackageByPluginXml() throws IOException {
		assertNotNull(EPackage.Registry.INSTANCE.getEPackage(FacilityPackage.eNS_URI));
		Path file = dir.resolve("registered.sekisho");
		SekishoFiles.save(Fixtures.smallClinic(), file);
		Resource resource = new ResourceSetImpl().getResource(SekishoFiles.uriOf(file), true);
		assertInstanceOf(SekishoResource.class, resource);
		assertInstanceOf(FacilityWorkbook.class, resource.getContents().get(0));
	}
}
