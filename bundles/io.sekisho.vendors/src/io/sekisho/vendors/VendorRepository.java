package io.sekisho.vendors;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLStreamException;

import org.eclipse.osgi.util.NLS;

import io.sekisho.vendors.internal.Messages;
import io.sekisho.vendors.internal.RepositoryContent;

/**
 * A vendor's p2 repository as the integrator brings it: a folder, or a zip of one. {@link #open} checks that it is
 * a repository and reads which features it offers, so that the user sees what would be installed before anything
 * changes.
 *
 * @param features what the repository's metadata lists; empty when its metadata is only in a format not read here
 *            (content.xml.xz), which the p2 director still installs
 */
public record VendorRepository(Path path, URI uri, List<VendorFeature> features) {

	private static final List<String> CONTENT_FILES = List.of("content.jar", "content.xml", "content.xml.xz", "p2.index"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	/** @throws VendorInstallException naming the path when it is neither a repository folder nor a zip of one */
	public static VendorRepository open(Path path) throws VendorInstallException {
		Path p = path.toAbsolutePath().normalize();
		try {
			if (Files.isDirectory(p)) {
				if (CONTENT_FILES.stream().noneMatch(name -> Files.isRegularFile(p.resolve(name)))) {
					throw notARepository(p);
				}
				return new VendorRepository(p, p.toUri(), folderFeatures(p));
			}
			if (Files.isRegularFile(p) && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) { //$NON-NLS-1$
				return new VendorRepository(p, new URI("jar:" + p.toUri() + "!/"), zipFeatures(p)); //$NON-NLS-1$ //$NON-NLS-2$
			}
		} catch (URISyntaxException e) {
			throw notARepository(p);
		} catch (IOException | XMLStreamException e) {
			throw new VendorInstallException(NLS.bind(Messages.Install_unreadableContent, p, e.getMessage()), e);
		}
		throw notARepository(p);
	}

	private static List<VendorFeature> folderFeatures(Path folder) throws IOException, XMLStreamException {
		if (Files.isRegularFile(folder.resolve("content.jar"))) { //$NON-NLS-1$
			try (InputStream in = Files.newInputStream(folder.resolve("content.jar"))) { //$NON-NLS-1$
				return fromContentJar(in);
			}
		}
		if (Files.isRegularFile(folder.resolve("content.xml"))) { //$NON-NLS-1$
			try (InputStream in = Files.newInputStream(folder.resolve("content.xml"))) { //$NON-NLS-1$
				return RepositoryContent.features(in);
			}
		}
		return List.of();
	}

	private static List<VendorFeature> zipFeatures(Path zip) throws IOException, XMLStreamException, VendorInstallException {
		try (ZipFile file = new ZipFile(zip.toFile())) {
			if (CONTENT_FILES.stream().noneMatch(name -> file.getEntry(name) != null)) {
				throw notARepository(zip);
			}
			ZipEntry jar = file.getEntry("content.jar"); //$NON-NLS-1$
			if (jar != null) {
				try (InputStream in = file.getInputStream(jar)) {
					return fromContentJar(in);
				}
			}
			ZipEntry xml = file.getEntry("content.xml"); //$NON-NLS-1$
			if (xml != null) {
				try (InputStream in = file.getInputStream(xml)) {
					return RepositoryContent.features(in);
				}
			}
			return List.of();
		}
	}

	/** content.jar is a zip holding content.xml */
	private static List<VendorFeature> fromContentJar(InputStream jar) throws IOException, XMLStreamException {
		ZipInputStream zip = new ZipInputStream(jar);
		for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
			if ("content.xml".equals(entry.getName())) { //$NON-NLS-1$
				return RepositoryContent.features(zip);
			}
		}
		return List.of();
	}

	private static VendorInstallException notARepository(Path p) {
		return new VendorInstallException(NLS.bind(Messages.Install_notARepository, p));
	}
}
