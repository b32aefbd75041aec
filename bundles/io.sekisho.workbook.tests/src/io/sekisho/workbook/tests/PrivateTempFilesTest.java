package io.sekisho.workbook.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.Test;

import io.sekisho.workbook.internal.PrivateTempFiles;

/** Issue 19, finding 16: POI's temporary files never go to the shared poifiles folder. */
class PrivateTempFilesTest {

	@Test
	void poiWritesItsTemporaryFilesIntoAnOwnerOnlyFolderOfThisRun() throws IOException {
		Path folder = PrivateTempFiles.install();
		File temp = TempFile.createTempFile("sheet", ".xml");
		try {
			assertEquals(folder, temp.toPath().getParent());
			assertFalse(folder.getFileName().toString().equals("poifiles"));
			if (Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class)) {
				assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(folder));
			}
		} finally {
			Files.deleteIfExists(temp.toPath());
		}
	}
}
