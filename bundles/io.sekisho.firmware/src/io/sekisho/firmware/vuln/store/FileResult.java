package io.sekisho.firmware.vuln.store;

import java.time.LocalDate;

import io.sekisho.firmware.vuln.feed.FeedFormat;

/**
 * What importing one feed file did.
 *
 * @param read records in the file
 * @param added records new to the store
 * @param updated records that replaced an older version (NVD: newer lastModified; KEV/JVN: changed content)
 * @param skipped records the store already had in this or a newer version
 */
public record FileResult(String name, FeedFormat format, long read, long added, long updated, long skipped,
		LocalDate dataDate, String sha256) {
}
