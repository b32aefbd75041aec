package io.sekisho.testing.secrets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Looks for known secrets in files: each secret in UTF-8, UTF-16LE, UTF-16BE, lower and upper hex of its UTF-8 bytes
 * and base64 of its UTF-8 bytes, and XML-escaped. Zip files (xlsx) are also searched entry by entry after inflating, and an
 * encrypted OLE2 workbook is decrypted with the password it was written with and searched the same way. Shared by
 * the secret sweeps of sekishoc (io.sekisho.cli.tests) and of the rich client (io.sekisho.ui.tests);
 * needs POI and Commons Compress in the runtime (optional imports of this bundle).
 */
public final class SecretScanner {

	/** One place a secret was found. */
	public record Hit(String where, long offset, String encoding, String secretLabel) {
		@Override
		public String toString() {
			return where + " @" + offset + " (" + encoding + ", " + secretLabel + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		}
	}

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private final Map<String, Map<String, byte[]>> needles = new LinkedHashMap<>();
	private final List<String> workbookPasswords = new ArrayList<>();
	private int filesScanned;

	/** @param label how a hit names the secret (never the secret itself, so a failure message does not leak it) */
	public SecretScanner secret(String label, String secret) {
		byte[] utf8 = secret.getBytes(StandardCharsets.UTF_8);
		Map<String, byte[]> forms = new LinkedHashMap<>();
		forms.put("UTF-8", utf8); //$NON-NLS-1$
		forms.put("UTF-16LE", secret.getBytes(StandardCharsets.UTF_16LE)); //$NON-NLS-1$
		forms.put("UTF-16BE", secret.getBytes(StandardCharsets.UTF_16BE)); //$NON-NLS-1$
		forms.put("hex", HexFormat.of().formatHex(utf8).getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$
		forms.put("HEX", HexFormat.of().withUpperCase().formatHex(utf8).getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$
		// as an XML writer escapes it (EMF's XMI, POI's sheet XML): minimal and with quotes
		String xml = secret.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		forms.put("XML", xml.getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
		// XmlBeans (POI's sheets) leaves '>' as it is: only '&' and '<' must be escaped in text
		forms.put("XML-text", secret.replace("&", "&amp;").replace("<", "&lt;").getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		forms.put("XML-quoted", xml.replace("\"", "&quot;").replace("'", "&apos;").getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		forms.put("XML-quoted-numeric", xml.replace("\"", "&#34;").replace("'", "&#39;").getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		forms.put("base64", Base64.getEncoder().encodeToString(utf8).getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$
		// base64 without padding, as embedded in a longer base64 run at offset 0
		forms.put("base64-unpadded", Base64.getEncoder().withoutPadding().encodeToString(utf8).replaceAll(".{0,3}$", "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.getBytes(StandardCharsets.US_ASCII));
		needles.put(label, forms);
		return this;
	}

	/** A password of encrypted workbooks among the scanned files: used to decrypt them (and is searched for too). */
	public SecretScanner workbookPassword(String label, String password) {
		workbookPasswords.add(password);
		return secret(label, password);
	}

	public int filesScanned() {
		return filesScanned;
	}

	/** Every regular file under the roots, recursively. */
	public List<Hit> scanTrees(List<Path> roots) throws IOException {
		List<Hit> hits = new ArrayList<>();
		for (Path root : roots) {
			if (!Files.exists(root)) {
				continue;
			}
			List<Path> files;
			try (Stream<Path> walk = Files.walk(root)) {
				files = walk.filter(Files::isRegularFile).sorted().toList();
			}
			for (Path file : files) {
				hits.addAll(scanFile(file));
			}
		}
		return hits;
	}

	public List<Hit> scanFile(Path file) throws IOException {
		filesScanned++;
		return scanBytes(file.toString(), Files.readAllBytes(file), 0);
	}

	private List<Hit> scanBytes(String where, byte[] content, int depth) throws IOException {
		List<Hit> hits = new ArrayList<>();
		needles.forEach((label, forms) -> forms.forEach((encoding, needle) -> {
			for (long offset : occurrences(content, needle)) {
				hits.add(new Hit(where, offset, encoding, label));
			}
		}));
		if (depth < 3 && startsWith(content, ZIP)) {
			// through the central directory: POI's streamed entries have sizes only there
			try (ZipFile zip = openZip(content)) {
				for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
					try (InputStream in = zip.getInputStream(entry)) {
						hits.addAll(scanBytes(where + "!" + entry.getName(), in.readNBytes(64 << 20), depth + 1)); //$NON-NLS-1$
					}
				}
			}
		} else if (depth < 3 && startsWith(content, OLE2)) {
			byte[] plain = decrypt(content);
			if (plain != null) {
				hits.addAll(scanBytes(where + "(decrypted)", plain, depth + 1)); //$NON-NLS-1$
			}
		}
		return hits;
	}

	/** The decrypted package of an encrypted workbook, or null when none of the known passwords opens it. */
	private byte[] decrypt(byte[] content) throws IOException {
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
			if (!fs.getRoot().hasEntry("EncryptionInfo")) { //$NON-NLS-1$
				return null;
			}
			EncryptionInfo info = new EncryptionInfo(fs);
			Decryptor decryptor = Decryptor.getInstance(info);
			for (String password : workbookPasswords) {
				if (decryptor.verifyPassword(password)) {
					try (InputStream in = decryptor.getDataStream(fs)) {
						return in.readAllBytes();
					}
				}
			}
			throw new IOException("an encrypted workbook that no known password opens: it cannot be searched"); //$NON-NLS-1$
		} catch (java.security.GeneralSecurityException e) {
			throw new IOException(e);
		}
	}

	@SuppressWarnings("deprecation") // the builder needs commons-io, which the test runtime does not wire to us
	private static ZipFile openZip(byte[] content) throws IOException {
		return new ZipFile(new SeekableInMemoryByteChannel(content));
	}

	private static boolean startsWith(byte[] content, byte[] head) {
		if (content.length < head.length) {
			return false;
		}
		for (int i = 0; i < head.length; i++) {
			if (content[i] != head[i]) {
				return false;
			}
		}
		return true;
	}

	private static List<Long> occurrences(byte[] haystack, byte[] needle) {
		List<Long> found = new ArrayList<>();
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			found.add((long) i);
		}
		return found;
	}
}
