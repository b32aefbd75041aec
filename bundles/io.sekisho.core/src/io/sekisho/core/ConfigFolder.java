package io.sekisho.core;

import java.nio.file.Path;
import java.util.Map;

/**
 * The user's Sekisho configuration folder, one for everything Sekisho keeps per user (the password vault and its
 * key, the breached-password index, the vulnerability store): the system property {@value #PROPERTY} if set, else
 * on Windows the local (not roaming) profile {@code %LOCALAPPDATA%\Sekisho} — where the product's start scripts
 * also put the OSGi configuration — so that large or secret files never travel with a roaming profile;
 * {@code $XDG_CONFIG_HOME/sekisho} or {@code ~/.config/sekisho} elsewhere. The password vault, its key and the
 * breached index (io.sekisho.password) live here too; their files and the folder are created owner-only.
 */
public final class ConfigFolder {

	/** The system property that moves the folder ({@code SEKISHO_JAVA_OPTS=-Dsekisho.config.dir=DIR}). */
	public static final String PROPERTY = "sekisho.config.dir"; //$NON-NLS-1$

	private ConfigFolder() {
	}

	/** @return the folder for this user and platform (not created) */
	public static Path path() {
		return resolve(System.getProperty(PROPERTY), System.getProperty("os.name", ""), System.getenv(), //$NON-NLS-1$ //$NON-NLS-2$
				System.getProperty("user.home")); //$NON-NLS-1$
	}

	/** The rule of {@link #path()}, separate so that it can be tested on any platform. */
	public static Path resolve(String explicit, String osName, Map<String, String> env, String userHome) {
		if (explicit != null && !explicit.isBlank()) {
			return Path.of(explicit);
		}
		if (osName.startsWith("Windows")) { //$NON-NLS-1$
			String local = env.get("LOCALAPPDATA"); //$NON-NLS-1$
			if (local != null && !local.isBlank()) {
				return Path.of(local, "Sekisho"); //$NON-NLS-1$
			}
			return Path.of(userHome, "AppData", "Local", "Sekisho"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		String xdg = env.get("XDG_CONFIG_HOME"); //$NON-NLS-1$
		if (xdg != null && !xdg.isBlank()) {
			return Path.of(xdg, "sekisho"); //$NON-NLS-1$
		}
		return Path.of(userHome, ".config", "sekisho"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
