package io.sekisho.netmap.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;


/** Test resources of this fragment as files. */
final class Resources {

	private Resources() {
	}

	static Path file(String name, Path dir) throws IOException {
		try (InputStream in = Resources.class.getClassLoader().getResourceAsStream("resources/" + name)) {
			if (in == null) {
				throw new IOException("no resource " + name);
			}
			Path target = dir.resolve(Path.of(name).getFileName().toString());
			Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
	}

}
