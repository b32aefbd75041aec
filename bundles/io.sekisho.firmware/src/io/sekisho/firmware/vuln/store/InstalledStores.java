package io.sekisho.firmware.vuln.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.h2.mvstore.MVStoreException;

import io.sekisho.firmware.vuln.InMemoryVulnerabilityStore;
import io.sekisho.firmware.vuln.VulnerabilityStore;

/** Opens the live database of a store folder (see {@link StoreLayout}). */
public final class InstalledStores {
	private InstalledStores() {
	}

	/**
	 * Whether {@link #open} will first rebuild the store (it was written in another store format by another
	 * version of Sekisho): a rebuild replays every kept feed file, a minute or more for all NVD years, so callers
	 * say so before they open it.
	 */
	public static boolean needsRebuild(Path dir) {
		StoreLayout layout = new StoreLayout(dir);
		try {
			return layout.current().isPresent() && layout.currentVersion() != StoreFormat.VERSION;
		} catch (IOException e) {
			return false;
		}
	}

	public static VulnerabilityStore open(Path dir) throws StoreException {
		StoreLayout layout = new StoreLayout(dir);
		try {
			Optional<String> current = layout.current();
			if (current.isEmpty()) {
				return new InMemoryVulnerabilityStore();
			}
			Path database = layout.database(current.get());
			if (layout.currentVersion() != StoreFormat.VERSION) {
				new StoreImporter(dir).rebuild(ImportListener.NONE);
				current = layout.current();
				if (current.isEmpty()) {
					return new InMemoryVulnerabilityStore();
				}
				database = layout.database(current.get());
			}
			return new MvVulnerabilityStore(database);
		} catch (StoreException e) {
			throw e;
		} catch (IOException | MVStoreException e) {
			throw new StoreException(NLS.bind(Messages.Store_openFailed, dir, e.getMessage()), e);
		}
	}
}
