import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import java.util.stream.Stream;

/**
 * Removes the signature of the jars the JVM itself loads in the Linux product: the Equinox launcher (started with
 * java -jar) and the OSGi framework (loaded by the launcher's URL class loader). Run with the build's JDK as a
 * source-file program: {@code java UnsignJars.java PRODUCT_DIR/plugins}; called by releng/io.sekisho.product/pom.xml
 * before the product's configuration is initialized (the framework state records the framework jar).
 * <p>
 * Why: the JVM checks the digests of a signed jar's entries as it reads them, against a signature whose signer it
 * never asks anyone to trust, so the check adds time but no protection (p2 checks the signatures where they
 * matter, at install time, and the update site keeps the signed jars). And class data sharing leaves the classes
 * of signed jars out of its archive. Measured: the framework is started about 0.2-0.3 s sooner.
 * The manifest keeps its main section; the per-entry digest sections and the META-INF signature files go.
 */
public final class UnsignJars {

	private static final Pattern SIGNATURE_FILE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)"); //$NON-NLS-1$
	private static final String MANIFEST = "META-INF/MANIFEST.MF"; //$NON-NLS-1$

	/** The jars the JVM loads itself, by file name prefix: the launcher and the framework. */
	private static final List<String> JVM_LOADED = List.of("org.eclipse.equinox.launcher_", "org.eclipse.osgi_"); //$NON-NLS-1$ //$NON-NLS-2$

	public static void main(String[] args) throws IOException {
		Path plugins = Path.of(args[0]);
		for (String prefix : JVM_LOADED) {
			Path jar;
			try (Stream<Path> files = Files.list(plugins)) {
				jar = files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".jar")) //$NON-NLS-1$
						.findFirst().orElseThrow(() -> new IOException("no " + prefix + "*.jar in " + plugins)); //$NON-NLS-1$ //$NON-NLS-2$
			}
			Path unsigned = jar.resolveSibling(jar.getFileName() + ".unsigned"); //$NON-NLS-1$
			int removed = copyWithoutSignature(jar, unsigned);
			Files.move(unsigned, jar, StandardCopyOption.REPLACE_EXISTING);
			recordSize(plugins.resolveSibling("artifacts.xml"), jar); //$NON-NLS-1$
			System.out.println("unsign-jars: " + jar.getFileName() + ", " + removed + " signature files removed"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static int copyWithoutSignature(Path from, Path to) throws IOException {
		int removed = 0;
		try (InputStream in = Files.newInputStream(from); ZipInputStream zip = new ZipInputStream(in);
				OutputStream out = Files.newOutputStream(to); ZipOutputStream copy = new ZipOutputStream(out)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (SIGNATURE_FILE.matcher(entry.getName()).matches()) {
					removed++;
					continue;
				}
				byte[] content = zip.readAllBytes();
				if (MANIFEST.equals(entry.getName())) {
					content = mainSection(content);
				}
				ZipEntry copied = new ZipEntry(entry.getName());
				copied.setTime(entry.getTime());
				copy.putNextEntry(copied);
				copy.write(content);
				copy.closeEntry();
			}
		}
		return removed;
	}

	/** The product's artifact repository (its bundle pool) states each jar's size: p2 compares it when it reads one. */
	private static void recordSize(Path artifacts, Path jar) throws IOException {
		String name = jar.getFileName().toString();
		String id = name.substring(0, name.indexOf('_'));
		String version = name.substring(name.indexOf('_') + 1, name.length() - ".jar".length()); //$NON-NLS-1$
		String xml = Files.readString(artifacts);
		Pattern size = Pattern.compile("(<artifact classifier='osgi.bundle' id='" + Pattern.quote(id) + "' version='" //$NON-NLS-1$ //$NON-NLS-2$
				+ Pattern.quote(version) + "'>.*?<property name='download.size' value=')\\d+'", Pattern.DOTALL); //$NON-NLS-1$
		Matcher matcher = size.matcher(xml);
		if (!matcher.find()) {
			throw new IOException("no download.size of " + name + " in " + artifacts); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String updated = xml.substring(0, matcher.start()) + matcher.group(1) + Files.size(jar) + "'" //$NON-NLS-1$
				+ xml.substring(matcher.end());
		Files.writeString(artifacts, updated);
	}

	/** The manifest up to its first empty line: the per-entry sections of a signed jar hold only digests. */
	private static byte[] mainSection(byte[] manifest) {
		String text = new String(manifest, StandardCharsets.UTF_8);
		String newline = text.contains("\r\n") ? "\r\n" : "\n"; //$NON-NLS-1$ //$NON-NLS-2$
		int end = text.indexOf(newline + newline);
		String main = end < 0 ? text : text.substring(0, end + newline.length());
		return (main + newline).getBytes(StandardCharsets.UTF_8);
	}
}
