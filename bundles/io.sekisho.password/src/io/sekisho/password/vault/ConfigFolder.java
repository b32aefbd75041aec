package io.sekisho.password.vault;

import java.nio.file.Path;
import java.util.Map;

/**
 * The user's Sekisho configuration folder for headless use and the rich client alike (the vault, its key, the
 * breached index): the system property {@code sekisho.config.dir} if set, else on Windows the local (not roaming)
 * profile %LOCALAPPDATA%\Sekisho, so the key never travels to other machines with a roaming profile;
 * $XDG_CONFIG_HOME/sekisho or ~/.config/sekisho elsewhere. Its files are created owner-only, and the folder too.
 */
public final class ConfigFolder {

	public static final String PROPERTY = "sekisho.config.dir"; //$NON-NLS-1$

	private ConfigFolder() {
	}

	public static Path path() {
		return resolve(System.getProperty(PROPERTY), System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
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
