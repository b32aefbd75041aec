package io.sekisho.firmware.vuln.feed;

import java.time.LocalDate;

/**
 * What reading one feed file gave.
 *
 * @param records records read (CVE records, KEV entries or JVN advisories)
 * @param dataDate the date the feed says it was produced (NVD timestamp, KEV release, JVN channel date), or the
 *            newest record date, or null
 * @param fileSha256 hex SHA-256 of the file's bytes as given (compressed or not)
 * @param contentSha256 hex SHA-256 of the uncompressed content (what an NVD .meta file names); for a gzip file
 *        computed only when a {@code .meta} lies beside it, else null
 * @param gzip whether the file was gzip compressed
 */
public record FeedSummary(String name, FeedFormat format, long records, LocalDate dataDate, String fileSha256,
		String contentSha256, long uncompressedBytes, boolean gzip) {
}
