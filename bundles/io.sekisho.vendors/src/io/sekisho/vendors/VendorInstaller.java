package io.sekisho.vendors;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;

import io.sekisho.vendors.internal.Messages;
import io.sekisho.vendors.internal.P2Director;

/**
 * Installs vendor bundles into this unpacked product and removes them again, with the standard p2 director run
 * inside the product: the one service behind `sekishoc vendors` and the rich client's "ベンダー拡張の追加…"
 * dialog. A change takes effect at the next start of sekisho or sekishoc.
 */
public final class VendorInstaller {

	/** every feature of the repository: a vendor's repository holds the vendor's features */
	static final String ALL_FEATURES = "Q:everything.select(x | x.properties ~= filter('(org.eclipse.equinox.p2.type.group=true)'))"; //$NON-NLS-1$
	/** the p2 profile of Sekisho's products (written when the product is assembled) */
	public static final String PROFILE = "DefaultProfile"; //$NON-NLS-1$

	private final P2Director director;
	private final String installArea;

	VendorInstaller(P2Director director, String installArea) {
		this.director = director;
		this.installArea = installArea;
	}

	/** The installer of the running product (its osgi.install.area). */
	public static VendorInstaller forThisProduct() {
		return new VendorInstaller(new P2Director(RegistryFactory.getRegistry()), System.getProperty("osgi.install.area")); //$NON-NLS-1$
	}

	/** @return whether this product ships the p2 director (a development runtime may not) */
	public boolean isAvailable() {
		return director.isAvailable();
	}

	/**
	 * @return why nothing can be installed into this product (no p2 director in it, its folder unknown), in the
	 *         user's language, or {@code null} when installing can start
	 */
	public String unavailableReason() {
		if (!director.isAvailable()) {
			return Messages.Install_noDirector;
		}
		return installArea == null ? Messages.Install_noInstallArea : null;
	}

	/** @return the folder of the unpacked product the bundles go into */
	public Path installLocation() throws VendorInstallException {
		if (installArea == null) {
			throw new VendorInstallException(Messages.Install_noInstallArea);
		}
		try {
			return Path.of(new URI(installArea.replace(" ", "%20"))); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (URISyntaxException | IllegalArgumentException e) {
			return Path.of(installArea.replaceFirst("^file:", "")); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** Installs every feature of the repositories (and what they need from them). */
	public void add(List<VendorRepository> repositories) throws VendorInstallException {
		List<String> uris = repositories.stream().map(r -> r.uri().toString()).toList();
		run(List.of("-repository", String.join(",", uris), "-installIU", ALL_FEATURES)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Removes installed features by id (p2 keeps the bundles another root still needs). */
	public void remove(List<String> featureIds) throws VendorInstallException {
		List<String> units = featureIds.stream().map(id -> id.endsWith(".feature.group") ? id : id + ".feature.group").toList(); //$NON-NLS-1$ //$NON-NLS-2$
		run(List.of("-uninstallIU", String.join(",", units))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Prints the installed roots (Sekisho's features and the vendors') to standard output, as the director does. */
	public void listInstalledRoots() throws VendorInstallException {
		run(List.of("-listInstalledRoots")); //$NON-NLS-1$
	}

	private void run(List<String> operation) throws VendorInstallException {
		if (!director.isAvailable()) {
			throw new VendorInstallException(Messages.Install_noDirector);
		}
		List<String> arguments = new ArrayList<>(List.of("-destination", installLocation().toString(), "-profile", PROFILE)); //$NON-NLS-1$ //$NON-NLS-2$
		arguments.addAll(operation);
		try {
			int code = director.run(arguments.toArray(String[]::new));
			if (code != 0) {
				throw new VendorInstallException(NLS.bind(Messages.Install_failed, code));
			}
		} catch (CoreException | IllegalStateException e) {
			throw new VendorInstallException(NLS.bind(Messages.Install_failed, e.getMessage()), e);
		}
	}
}
