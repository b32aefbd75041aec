package io.sekisho.vendors.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.vendors.VendorFeature;
import io.sekisho.vendors.VendorInstallException;
import io.sekisho.vendors.VendorRepository;

/** What the dialog and `sekishoc vendors add` show of a repository before anything is installed. */
class VendorRepositoryTest {

	/** The shape Tycho writes: a feature group with a localized name, a bundle, and a category. */
	static final String CONTENT = """
			<?xml version='1.0' encoding='UTF-8'?>
			<?metadataRepository version='1.2.0'?>
			<repository name='Sample' type='org.eclipse.equinox.internal.p2.metadata.repository.LocalMetadataRepository' version='1'>
			  <units size='3'>
			    <unit id='jp.co.samplemedical.sekisho.feature.feature.group' version='1.0.0.202612011200' singleton='false'>
			      <properties size='4'>
			        <property name='org.eclipse.equinox.p2.name' value='%featureName'/>
			        <property name='org.eclipse.equinox.p2.type.group' value='true'/>
			        <property name='df_LT.featureName' value='Sample Medical devices for Sekisho'/>
			        <property name='ja.featureName' value='サンプルメディカル 機器拡張'/>
			      </properties>
			      <requires size='1'>
			        <required namespace='org.eclipse.equinox.p2.iu' name='jp.co.samplemedical.sekisho' range='[1.0.0,1.0.0]'>
			          <properties size='1'><property name='not.a.unit.property' value='x'/></properties>
			        </required>
			      </requires>
			    </unit>
			    <unit id='jp.co.samplemedical.sekisho' version='1.0.0.202612011200'>
			      <properties size='1'><property name='org.eclipse.equinox.p2.name' value='Sample bundle'/></properties>
			    </unit>
			    <unit id='sample.category' version='1.0.0'>
			      <properties size='2'>
			        <property name='org.eclipse.equinox.p2.name' value='Sample'/>
			        <property name='org.eclipse.equinox.p2.type.category' value='true'/>
			      </properties>
			    </unit>
			  </units>
			</repository>
			""";

	@TempDir
	Path dir;

	@Test
	void aRepositoryFolderListsItsFeaturesWithTheirNamesPerLanguage() throws Exception {
		Path repository = Files.createDirectories(dir.resolve("repository"));
		writeContentJar(repository.resolve("content.jar"), CONTENT);
		VendorRepository opened = VendorRepository.open(repository);
		assertEquals(repository.toUri(), opened.uri());
		List<VendorFeature> features = opened.features();
		assertEquals(1, features.size(), features.toString());
		VendorFeature feature = features.get(0);
		assertEquals("jp.co.samplemedical.sekisho.feature", feature.id());
		assertEquals("1.0.0.202612011200", feature.version());
		assertEquals("サンプルメディカル 機器拡張", feature.name(Locale.JAPANESE));
		assertEquals("Sample Medical devices for Sekisho", feature.name(Locale.ENGLISH));
	}

	@Test
	void aZipOfARepositoryAsVendorsShipItIsReadWithoutUnpacking() throws Exception {
		Path zip = dir.resolve("samplemedical-1.0.0.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("content.jar"));
			out.write(contentJar(CONTENT));
			out.closeEntry();
			out.putNextEntry(new ZipEntry("artifacts.xml"));
			out.write("<repository/>".getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		VendorRepository opened = VendorRepository.open(zip);
		assertTrue(opened.uri().toString().startsWith("jar:file:") && opened.uri().toString().endsWith(".zip!/"), opened.uri().toString());
		assertEquals(List.of("jp.co.samplemedical.sekisho.feature"), opened.features().stream().map(VendorFeature::id).toList());
	}

	@Test
	void aFolderOrZipThatIsNoRepositoryIsRefusedNamingIt() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("holiday-photos"));
		VendorInstallException e = assertThrows(VendorInstallException.class, () -> VendorRepository.open(folder));
		assertTrue(e.getMessage().contains(folder.toString()), e.getMessage());
		Path zip = dir.resolve("other.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("readme.txt"));
			out.closeEntry();
		}
		assertTrue(assertThrows(VendorInstallException.class, () -> VendorRepository.open(zip)).getMessage().contains("other.zip"));
		Path text = Files.writeString(dir.resolve("content.txt"), "x");
		assertThrows(VendorInstallException.class, () -> VendorRepository.open(text));
	}

	@Test
	void aDoctypeInTheContentIsRefusedAndNoEntityIsResolved() throws Exception {
		Path repository = Files.createDirectories(dir.resolve("hostile"));
		Path secret = Files.writeString(dir.resolve("secret.txt"), "do-not-read");
		Files.writeString(repository.resolve("content.xml"), "<?xml version='1.0'?><!DOCTYPE r [<!ENTITY x SYSTEM '"
				+ secret.toUri() + "'>]><repository><units><unit id='a.feature.group' version='1'><properties>"
				+ "<property name='org.eclipse.equinox.p2.type.group' value='true'/><property name='org.eclipse.equinox.p2.name' value='&x;'/>"
				+ "</properties></unit></units></repository>");
		VendorInstallException e = assertThrows(VendorInstallException.class, () -> VendorRepository.open(repository));
		assertTrue(e.getMessage().contains(repository.toString()), e.getMessage());
		assertTrue(!e.getMessage().contains("do-not-read"), e.getMessage());
	}

	@Test
	void aRepositoryWhoseContentIsOnlyCompressedIsAcceptedWithoutAList() throws Exception {
		Path repository = Files.createDirectories(dir.resolve("xz"));
		Files.write(repository.resolve("content.xml.xz"), new byte[] { (byte) 0xFD, '7', 'z', 'X', 'Z', 0 });
		Files.writeString(repository.resolve("p2.index"), "version=1\nmetadata.repository.factory.order=content.xml.xz,!\n");
		assertEquals(List.of(), VendorRepository.open(repository).features());
	}

	private static void writeContentJar(Path file, String content) throws IOException {
		Files.write(file, contentJar(content));
	}

	private static byte[] contentJar(String content) throws IOException {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			out.putNextEntry(new ZipEntry("content.xml"));
			out.write(content.getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		return bytes.toByteArray();
	}

}
