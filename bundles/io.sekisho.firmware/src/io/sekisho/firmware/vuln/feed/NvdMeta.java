package io.sekisho.firmware.vuln.feed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

/**
 * An NVD feed's {@code .meta} file: {@code lastModifiedDate:}, {@code size:} (uncompressed bytes),
 * {@code zipSize:}, {@code gzSize:} and {@code sha256:} (of the uncompressed JSON), one per line.
 */
record NvdMeta(Path file, String sha256, long size) {

	/** Largest .meta file read; real ones have about 150 bytes. */
	private static final long MAX_META_BYTES = 4096;

	/** The .meta file beside a feed file, if there is one. */
	static Optional<NvdMeta> beside(Path feed) throws FeedException {
		String name = feed.getFileName().toString();
		String base = name;
		for (String suffix : new String[] { ".gz", ".zip", ".json" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			if (base.toLowerCase(Locale.ROOT).endsWith(suffix)) {
				base = base.substring(0, base.length() - suffix.length());
			}
		}
		if (base.equals(name)) {
			return Optional.empty();
		}
		Path meta = feed.resolveSibling(base + ".meta"); //$NON-NLS-1$
		if (!Files.isRegularFile(meta)) {
			return Optional.empty();
		}
		try {
			if (Files.size(meta) > MAX_META_BYTES) {
				throw new FeedException(meta.toString(), -1, null, NLS.bind(Messages.Feed_tooLarge, Long.valueOf(MAX_META_BYTES)), null);
			}
			String sha = null;
			long size = -1;
			for (String line : Files.readAllLines(meta, StandardCharsets.US_ASCII)) {
				int colon = line.indexOf(':');
				if (colon < 0) {
					continue;
				}
				String key = line.substring(0, colon).trim();
				String value = line.substring(colon + 1).trim();
				if ("sha256".equalsIgnoreCase(key)) { //$NON-NLS-1$
					sha = value.toLowerCase(Locale.ROOT);
				} else if ("size".equalsIgnoreCase(key)) { //$NON-NLS-1$
					try {
						size = Long.parseLong(value);
					} catch (NumberFormatException e) {
						size = -1;
					}
				}
			}
			return sha == null ? Optional.empty() : Optional.of(new NvdMeta(meta, sha, size));
		} catch (IOException e) {
			throw new FeedException(meta.toString(), -1, null, NLS.bind(Messages.Feed_readFailed, e.toString()), e);
		}
	}

	/** Whether a file is an NVD .meta companion (imported with its feed, never on its own). */
	public static boolean isMeta(Path file) {
		return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".meta"); //$NON-NLS-1$
	}

	void check(String name, FeedSummary summary) throws FeedException {
		if (!sha256.equals(summary.contentSha256())) {
			throw new FeedException(name, -1, null, NLS.bind(Messages.Feed_metaMismatch, file.getFileName()), null);
		}
		if (size >= 0 && size != summary.uncompressedBytes()) {
			throw new FeedException(name, -1, null, NLS.bind(Messages.Feed_metaSizeMismatch,
					Long.valueOf(summary.uncompressedBytes()), Long.valueOf(size)), null);
		}
	}
}
