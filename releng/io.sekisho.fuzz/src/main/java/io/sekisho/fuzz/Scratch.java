package io.sekisho.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder of one target run, emptied before each input, so that "nothing is written beside the input" is checked
 * on a real folder of the file system (the readers under test take paths, not streams).
 */
final class Scratch {
	private final Path root;

	Scratch(String target) {
		try {
			root = Files.createTempDirectory("sekisho-fuzz-" + target + "-"); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
	}

	/** @return the folder NAME below the run's folder, created empty */
	Path fresh(String name) throws IOException {
		Path folder = root.resolve(name);
		delete(folder);
		return Files.createDirectories(folder);
	}

	static List<Path> listing(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}

	/** The files a reader left beside its input must be exactly the input. */
	static void requireOnly(Path folder, Path... expected) throws IOException {
		List<Path> found = listing(folder);
		if (!found.equals(List.of(expected).stream().sorted().toList())) {
			throw new IllegalStateException("written beside the input: " + found); //$NON-NLS-1$
		}
	}

	private static void delete(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try {
			Files.walkFileTree(folder, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
					Files.delete(file);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
					Files.delete(dir);
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
