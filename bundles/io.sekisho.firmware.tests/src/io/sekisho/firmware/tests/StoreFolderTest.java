package io.sekisho.firmware.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.core.ConfigFolder;
import io.sekisho.firmware.vuln.VulnerabilityStores;

/** Where the installation's store lives: in the one configuration folder, beside the vault, on every platform. */
class StoreFolderTest {

	@TempDir
	Path temp;

	@Test
	void windowsUsesTheLocalProfileLikeTheVault() {
		Map<String, String> env = Map.of("APPDATA", "C:\\Users\\yamada\\AppData\\Roaming", "LOCALAPPDATA",
				"C:\\Users\\yamada\\AppData\\Local");
		assertEquals(Path.of("C:\\Users\\yamada\\AppData\\Local", "Sekisho"),
				ConfigFolder.resolve(null, "Windows 11", env, "C:\\Users\\yamada"));
		assertEquals(Path.of("/home/y/.config/sekisho"), ConfigFolder.resolve(null, "Linux", Map.of(), "/home/y"));
		assertEquals(Path.of("/x/sekisho"), ConfigFolder.resolve(null, "Linux", Map.of("XDG_CONFIG_HOME", "/x"), "/home/y"));
		assertEquals(Path.of("/elsewhere"), ConfigFolder.resolve("/elsewhere", "Windows 11", env, "C:\\Users\\yamada"));
	}

	@Test
	void defaultDirectoryFollowsTheProperty() {
		String old = System.getProperty(ConfigFolder.PROPERTY);
		System.setProperty(ConfigFolder.PROPERTY, temp.toString());
		try {
			assertEquals(temp.resolve("vulnerability-store"), VulnerabilityStores.defaultDirectory());
		} finally {
			if (old == null) {
				System.clearProperty(ConfigFolder.PROPERTY);
			} else {
				System.setProperty(ConfigFolder.PROPERTY, old);
			}
		}
	}

	@Test
	void aStoreInTheOldRoamingFolderIsMovedOnce() throws IOException {
		Path old = Files.createDirectories(temp.resolve("Roaming/Sekisho/vulnerability-store"));
		Files.writeString(old.resolve("current"), "store-x 3\n");
		Files.writeString(old.resolve("store-x.mv.db"), "data");
		Path now = temp.resolve("Local/Sekisho/vulnerability-store");
		assertEquals(now, VulnerabilityStores.moveOld(old, now));
		assertTrue(Files.isRegularFile(now.resolve("store-x.mv.db")));
		assertFalse(Files.exists(old));
		// a store in the new place is never replaced by an old one
		Files.createDirectories(old);
		Files.writeString(old.resolve("current"), "store-y 3\n");
		assertEquals(now, VulnerabilityStores.moveOld(old, now));
		assertEquals("store-x 3\n", Files.readString(now.resolve("current")));
	}
}
