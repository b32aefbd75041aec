package io.sekisho.firmware.vuln.feed;

import java.io.IOException;

import io.sekisho.firmware.vuln.CveRecord;
import io.sekisho.firmware.vuln.JvnAdvisory;
import io.sekisho.firmware.vuln.KevEntry;

/** Receives the records of a feed one at a time, as they are read. */
public interface FeedSink {
	void cve(CveRecord record) throws IOException;

	void kev(KevEntry entry) throws IOException;

	void jvn(JvnAdvisory advisory) throws IOException;
}
