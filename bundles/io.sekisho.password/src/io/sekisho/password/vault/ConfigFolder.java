package io.sekisho.password.vault;

import java.nio.file.Path;

/**
 * The user's Sekisho configuration folder for headless use: the system property {@code sekisho.config.dir} if
 * set, else %APPDATA%\Sekisho on Windows, $XDG_CONFIG_HOME/sekisho or ~/.config/sekisho elsewhere.
 */
public final class ConfigFolder {

	public static final String PROPERTY = "sekisho.config.dir"; //$NON-NLS-1$

	private ConfigFolder() {
	}

	public static Path path() {
		String explicit = System.getProperty(PROPERTY);
		if (explicit != null && !explicit.isBlank()) {
			return Path.of(explicit);
		}
		String appData = System.getenv("APPDATA"); //$NON-NLS-1$
		if (System.getProperty("os.name", "").startsWith("Windows") && appData != null) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return Path.of(appData, "Sekisho"); //$NON-NLS-1$
		}
		String xdg = System.getenv("XDG_CONFIG_HOME"); //$NON-NLS-1$
		if (xdg != null && !xdg.isBlank()) {
			return Path.of(xdg, "sekisho"); //$NON-NLS-1$
		}
		return Path.of(System.getProperty("user.home"), ".config", "sekisho"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
