package io.sekisho.ui.internal.passwords;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;

import io.sekisho.core.ConfigFolder;
import io.sekisho.password.breached.BreachedIndex;

/** The offline breached-password index of this installation, where sekishoc passwords import-breached puts it too. */
public final class BreachedIndexes {

	private BreachedIndexes() {
	}

	public static Path installationIndex() {
		return ConfigFolder.path().resolve(BreachedIndex.FILE_NAME);
	}

	/** @return the index when one was imported; opened for each check so a fresh import is seen at once */
	public static Optional<BreachedIndex> open() {
		Path file = installationIndex();
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			return Optional.of(BreachedIndex.open(file));
		} catch (IOException e) {
			ILog.of(BreachedIndexes.class).warn(e.getMessage(), e);
			return Optional.empty();
		}
	}
}
