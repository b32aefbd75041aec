package io.sekisho.model.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
