package io.sekisho.workbook.internal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

import io.sekisho.model.persistence.OwnerOnly;

/**
 * POI's temporary files (streamed rows, the plain workbook before encryption) go to a private folder of this run,
 * created owner-only under the system temporary folder, instead of the shared {@code ${java.io.tmpdir}/poifiles},
 * which another user could create first and read (issue 19, finding 16). Removed when the JVM exits.
 */
public final class PrivateTempFiles {

	private static Path folder;

	private PrivateTempFiles() {
	}

	/** Points POI at the private folder; idempotent, cheap after the first call. */
	public static synchronized Path install() {
		if (folder == null) {
			try {
				Path base = Path.of(System.getProperty("java.io.tmpdir")); //$NON-NLS-1$
				Path dir = base.getFileSystem().supportedFileAttributeViews().contains("posix") //$NON-NLS-1$
						? Files.createTempDirectory(base, "sekisho-poi-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))) //$NON-NLS-1$ //$NON-NLS-2$
						: Files.createTempDirectory(base, "sekisho-poi-"); //$NON-NLS-1$
				OwnerOnly.restrict(dir);
				File file = dir.toFile();
				file.deleteOnExit(); // after POI's own files, which it deletes on close or exit
				TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(file));
				folder = dir;
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return folder;
	}
}
