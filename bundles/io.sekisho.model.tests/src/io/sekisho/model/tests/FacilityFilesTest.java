package io.sekisho.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EcoreFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.persistence.FacilityFiles;
import io.sekisho.model.persistence.FacilityLock;
import io.sekisho.model.persistence.FileChangedException;
import io.sekisho.model.persistence.FileLockedException;
import io.sekisho.model.persistence.ModelLoadException;
import io.sekisho.model.persistence.SekishoResource;

/** The one loader and writer of facility files: nothing fetched, nothing overwritten unseen, nothing readable by others. */
class FacilityFilesTest {

	@TempDir
	Path dir;

	private static String resource(String name) throws IOException {
		try (InputStream in = FacilityFilesTest.class.getClassLoader().getResourceAsStream("resources/hostile/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** A server that counts the connections it gets and never answers (as the issue's hanging server). */
	private static final class CountingServer implements AutoCloseable {
		final ServerSocket socket = new ServerSocket(0);
		final AtomicInteger connections = new AtomicInteger();
		final Thread thread = new Thread(() -> {
			while (!socket.isClosed()) {
				try (Socket s = socket.accept()) {
					connections.incrementAndGet();
				} catch (SocketException e) {
					return;
				} catch (IOException e) {
					// keep counting
				}
			}
		});

		CountingServer() throws IOException {
			thread.setDaemon(true);
			thread.start();
		}

		@Override
		public void close() throws IOException {
			socket.close();
		}
	}

	@Test
	void aReferenceToAWebServerIsRefusedWithItsLineAndNothingIsFetched() throws IOException {
		try (CountingServer server = new CountingServer()) {
			Path file = dir.resolve("evil.sekisho");
			Files.writeString(file, resource("external-reference.sekisho").replace("8766", String.valueOf(server.socket.getLocalPort())));
			ModelLoadException e = assertThrows(ModelLoadException.class, () -> FacilityFiles.load(file));
			assertEquals(6, e.line(), e.getMessage());
			assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
			assertEquals(0, server.connections.get(), "no connection to the address named in the file");
		}
	}

	@Test
	void aReferenceToAnotherLocalFileIsRefusedToo() throws IOException {
		Path other = dir.resolve("other.sekisho");
		FacilityFiles.saveNew(Fixtures.smallClinic(), other);
		String deviceId = FacilityFiles.load(other).workbook().getDevices().get(0).getId();
		Path file = dir.resolve("evil.sekisho");
		Files.writeString(file, resource("external-reference.sekisho").replace("http://127.0.0.1:8766/evil.sekisho#x", "other.sekisho#" + deviceId));
		ModelLoadException e = assertThrows(ModelLoadException.class, () -> FacilityFiles.load(file));
		assertEquals(6, e.line());
	}

	@Test
	void aNamespaceUriIsNeverFetchedAsAPackage() throws IOException {
		try (CountingServer server = new CountingServer()) {
			String url = "http://127.0.0.1:" + server.socket.getLocalPort() + "/pkg.ecore";
			Path file = dir.resolve("ns.sekisho");
			FacilityFiles.saveNew(Fixtures.smallClinic(), file);
			String xml = Files.readString(file);
			xml = xml.replaceFirst("(<facility:FacilityWorkbook[^>]*)>",
					"$1 xmlns:evil=\"" + url + "\">\n  <evil:Thing/>");
			Files.writeString(file, xml);
			try {
				FacilityFiles.load(file); // an unknown element may be kept as unknown content; it must not be looked up
			} catch (ModelLoadException e) {
				assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
			}
			assertEquals(0, server.connections.get());
		}
	}

	@Test
	void aDoctypeIsRefusedWithItsPlace() throws IOException {
		Path file = dir.resolve("doctype.sekisho");
		Files.writeString(file, resource("doctype-entity.sekisho"));
		ModelLoadException e = assertThrows(ModelLoadException.class, () -> FacilityFiles.load(file));
		assertEquals(2, e.line(), e.getMessage());
		assertFalse(e.getMessage().contains("root:"), "no entity was expanded: " + e.getMessage());
	}

	@Test
	void aSecondRootOfARegisteredPackageIsAccepted() throws IOException {
		Path file = dir.resolve("two-roots.sekisho");
		SekishoResource saved = FacilityFiles.saveNew(Fixtures.smallClinic(), file);
		EAnnotation diagram = EcoreFactory.eINSTANCE.createEAnnotation();
		diagram.setSource(saved.workbook().getDevices().get(0).getId()); // refers by id string, as the network map does
		saved.getContents().add(diagram);
		FacilityFiles.save(saved);
		SekishoResource loaded = FacilityFiles.load(file);
		assertEquals(2, loaded.getContents().size());
		assertInstanceOf(EAnnotation.class, loaded.getContents().get(1));
	}

	@Test
	void aMissingFileIsALoadErrorNamingIt() {
		Path file = dir.resolve("missing.sekisho");
		ModelLoadException e = assertThrows(ModelLoadException.class, () -> FacilityFiles.load(file));
		assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
	}

	@Test
	void aSaveRefusesToOverwriteWhatAnotherProgramWroteMeanwhile() throws IOException {
		Path file = dir.resolve("h.sekisho");
		FacilityFiles.saveNew(Fixtures.smallClinic(), file);
		SekishoResource mine = FacilityFiles.load(file);
		SekishoResource theirs = FacilityFiles.load(file);
		theirs.workbook().getFacility().setName("他のプログラムの変更");
		FacilityFiles.save(theirs);
		String theirContent = Files.readString(file);

		mine.workbook().getFacility().setName("私の変更");
		FileChangedException e = assertThrows(FileChangedException.class, () -> FacilityFiles.save(mine));
		assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
		assertEquals(theirContent, Files.readString(file), "nothing was written");
		try (var files = Files.list(dir)) {
			assertEquals(2, files.count(), "the file and its .bak, no temporary file: " + dir);
		}

		FileChangedException kept = assertThrows(FileChangedException.class,
				() -> FacilityFiles.save(mine, Map.of(FacilityFiles.OPTION_KEEP_CONFLICT_COPY, Boolean.TRUE)));
		Path copy = kept.conflictCopy().orElseThrow();
		assertTrue(copy.getFileName().toString().startsWith("h.sekisho.conflict-"), copy.toString());
		assertTrue(Files.readString(copy).contains("私の変更"));
		assertEquals(theirContent, Files.readString(file));

		FacilityFiles.save(mine, Map.of(FacilityFiles.OPTION_OVERWRITE_CHANGED, Boolean.TRUE));
		assertTrue(Files.readString(file).contains("私の変更"));
		mine.workbook().getFacility().setName("もう一度");
		FacilityFiles.save(mine); // after its own save, the resource knows the file again
	}

	@Test
	void touchingTheFileWithoutChangingItIsNoConflict() throws IOException {
		Path file = dir.resolve("h.sekisho");
		SekishoResource resource = FacilityFiles.saveNew(Fixtures.smallClinic(), file);
		Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(0));
		resource.workbook().getFacility().setName("変更");
		FacilityFiles.save(resource);
		assertTrue(Files.readString(file).contains("変更"));
	}

	@Test
	void aDeletedFileIsNotSilentlyRecreated() throws IOException {
		Path file = dir.resolve("h.sekisho");
		SekishoResource resource = FacilityFiles.saveNew(Fixtures.smallClinic(), file);
		Files.delete(file);
		FileChangedException e = assertThrows(FileChangedException.class, () -> FacilityFiles.save(resource));
		assertTrue(e.deleted());
	}

	@Test
	void aFileLockedByAnotherLiveProcessIsNotWrittenUnlessForced() throws IOException {
		Path file = dir.resolve("h.sekisho");
		SekishoResource resource = FacilityFiles.saveNew(Fixtures.smallClinic(), file);
		long otherPid = ProcessHandle.current().parent().orElseThrow().pid();
		Files.writeString(FacilityLock.lockFileOf(file),
				"user=tanaka\nhost=" + FacilityLock.thisMachine() + "\npid=" + otherPid + "\nsince=2026-12-01T09:00:00Z\n");
		FileLockedException e = assertThrows(FileLockedException.class, () -> FacilityFiles.save(resource));
		assertEquals("tanaka", e.holder().user());
		assertTrue(e.getMessage().contains("tanaka"), e.getMessage());
		FacilityFiles.save(resource, Map.of(FacilityFiles.OPTION_IGNORE_LOCK, Boolean.TRUE));
	}

	@Test
	void aStaleLockOfADeadProcessIsTakenOverAndReleased() throws IOException, InterruptedException {
		Path file = dir.resolve("h.sekisho");
		FacilityFiles.saveNew(Fixtures.smallClinic(), file);
		Process gone = new ProcessBuilder("true").start();
		gone.waitFor();
		Files.writeString(FacilityLock.lockFileOf(file),
				"user=tanaka\nhost=" + FacilityLock.thisMachine() + "\npid=" + gone.pid() + "\nsince=2026-12-01T09:00:00Z\n");
		try (FacilityLock lock = FacilityLock.acquire(file)) {
			assertEquals(ProcessHandle.current().pid(), lock.holder().pid());
			FacilityFiles.save(FacilityFiles.load(file)); // this process's own lock does not block its saves
		}
		assertFalse(Files.exists(FacilityLock.lockFileOf(file)), "released");
	}

	@Test
	void newFacilityFilesAndTheirBackupsAreOwnerOnlyAndKeepWiderPermissionsTheUserGave() throws IOException {
		Path file = dir.resolve("h.sekisho");
		SekishoResource resource = FacilityFiles.saveNew(Fixtures.smallClinic(), file);
		if (!Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
			return;
		}
		assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
		resource.workbook().getFacility().setName("変更");
		FacilityFiles.save(resource);
		assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
		assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file.resolveSibling("h.sekisho.bak")));
	}

	@Test
	void saveAsWritesACopyThatOpensAndLeavesTheOriginal() throws IOException {
		Path file = dir.resolve("h.sekisho");
		SekishoResource resource = FacilityFiles.saveNew(Fixtures.smallClinic(), file);
		String original = Files.readString(file);
		resource.workbook().getFacility().setName("コピー");
		FacilityFiles.saveAs(resource, dir.resolve("copy.sekisho"));
		assertEquals(original, Files.readString(file));
		FacilityWorkbook copy = FacilityFiles.load(dir.resolve("copy.sekisho")).workbook();
		assertEquals("コピー", copy.getFacility().getName());
		assertArrayEquals(resource.workbook().getFingerprintSalt(), copy.getFingerprintSalt());
	}
}
