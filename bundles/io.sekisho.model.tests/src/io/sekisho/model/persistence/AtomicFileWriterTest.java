package io.sekisho.model.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In the model's own package: the crash hook of {@link AtomicFileWriter} is package-private. */
class AtomicFileWriterTest {

	@TempDir
	Path dir;

	@Test
	void crashBeforeRenameLeavesTheOldFileIntactAndNoTemporaryFile() throws IOException {
		Path file = dir.resolve("h.sekisho");
		Files.writeString(file, "old content");
		Path[] seen = new Path[1];
		AtomicFileWriter crashing = new AtomicFileWriter(temp -> {
			seen[0] = temp;
			assertEquals("new content", Files.readString(temp), "the temporary file is complete before the rename");
			assertEquals(dir, temp.getParent(), "same folder, so the rename is atomic");
			throw new IOException("simulated crash");
		});
		assertThrows(IOException.class, () -> crashing.write(file, out -> out.write("new content".getBytes(StandardCharsets.UTF_8))));
		assertEquals("old content", Files.readString(file));
		assertFalse(Files.exists(seen[0]));
		assertFalse(Files.exists(AtomicFileWriter.backupOf(file)));
	}

	@Test
	void failingContentLeavesTheOldFileIntact() throws IOException {
		Path file = dir.resolve("h.sekisho");
		Files.writeString(file, "old content");
		assertThrows(IOException.class, () -> new AtomicFileWriter().write(file, out -> {
			out.write("half".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full");
		}));
		assertEquals("old content", Files.readString(file));
		try (var files = Files.list(dir)) {
			assertEquals(List.of(file), files.toList());
		}
	}

	@Test
	void writesANewFileAndThenKeepsTheBackup() throws IOException {
		Path file = dir.resolve("sub/h.sekisho");
		new AtomicFileWriter().write(file, out -> out.write('1'));
		assertEquals("1", Files.readString(file));
		assertFalse(Files.exists(AtomicFileWriter.backupOf(file)));
		new AtomicFileWriter().write(file, out -> out.write('2'));
		assertEquals("2", Files.readString(file));
		assertEquals("1", Files.readString(AtomicFileWriter.backupOf(file)));
		assertTrue(AtomicFileWriter.backupOf(file).toString().endsWith("h.sekisho.bak"));
	}

	private boolean posix() throws IOException {
		return Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class);
	}

	@Test
	void theTemporaryFileIsOwnerOnlyFromItsCreationAndHasAUniqueName() throws IOException {
		Path file = dir.resolve("h.sekisho");
		Files.writeString(file, "old");
		Path[] temps = new Path[2];
		for (int i = 0; i < 2; i++) {
			int n = i;
			new AtomicFileWriter(temp -> {
				temps[n] = temp;
				if (posix()) {
					assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(temp), "fingerprints never sit in a readable file");
				}
			}).write(file, "new".getBytes(StandardCharsets.UTF_8));
		}
		assertFalse(temps[0].equals(temps[1]), "two writers never share a temporary file");
	}

	@Test
	void ownerOnlyFilesStayOwnerOnlyAndOrdinaryFilesFollowTheUmask() throws IOException {
		if (!posix()) {
			return;
		}
		Path secret = dir.resolve("vault.key");
		Files.writeString(secret, "old");
		Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-r--r--"));
		AtomicFileWriter.ownerOnly().write(secret, new byte[] { 1 });
		assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(secret));
		assertFalse(Files.exists(AtomicFileWriter.backupOf(secret)), "no backup of a secret");

		Path export = dir.resolve("handover.xlsx");
		AtomicFileWriter.ordinary().write(export, new byte[] { 1 });
		Path plain = Files.createFile(dir.resolve("plain")); // what the umask gives a new file
		assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(export), "an export is an ordinary file");
	}

	@Test
	void aChangedFileIsNotReplacedAndTheUnwrittenContentCanBeKept() throws IOException {
		Path file = dir.resolve("h.sekisho");
		Files.writeString(file, "read");
		FileStamp read = FileStamp.of(file);
		Files.writeString(file, "theirs");
		AtomicFileWriter writer = new AtomicFileWriter().unchangedSince(read).withConflictCopy(true);
		FileChangedException e = assertThrows(FileChangedException.class, () -> writer.write(file, "mine".getBytes(StandardCharsets.UTF_8)));
		assertEquals("theirs", Files.readString(file));
		assertEquals("mine", Files.readString(e.conflictCopy().orElseThrow()));
		assertFalse(Files.exists(AtomicFileWriter.backupOf(file)));
	}

	private record Principal(String getName) implements UserPrincipal {
	}

	private record Group(String getName) implements GroupPrincipal {
	}

	private static AclEntry allow(UserPrincipal who) {
		return AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(who).setPermissions(EnumSet.of(AclEntryPermission.READ_DATA)).build();
	}

	@Test
	void onWindowsOnlyTheCurrentUserMayOwnAndReadAnOwnerOnlyFile() {
		UserPrincipal me = new Principal("HOSPITAL\\yamada");
		GroupPrincipal admins = new Group("BUILTIN\\Administrators");
		assertTrue(OwnerOnly.isOwnerOnly(me, List.of(allow(me)), me));
		assertFalse(OwnerOnly.isOwnerOnly(admins, List.of(allow(admins)), me), "owned by the Administrators group: every admin reads it");
		assertFalse(OwnerOnly.isOwnerOnly(me, List.of(allow(me), allow(admins)), me));
		assertFalse(OwnerOnly.isOwnerOnly(new Principal("HOSPITAL\\other"), List.of(allow(me)), me));
	}
}
