package io.sekisho.firmware.cli;

import io.sekisho.firmware.vuln.feed.FeedFormat;

/** Labels a person reads for the codes of the feed formats. */
final class Labels {
	private Labels() {
	}

	static String format(FeedFormat format) {
		return switch (format) {
		case NVD -> Messages.Format_nvd;
		case NVD_RECORD -> Messages.Format_nvdRecord;
		case KEV -> Messages.Format_kev;
		case JVN_RDF -> Messages.Format_jvnRdf;
		case JVN_VULDEF -> Messages.Format_jvnVuldef;
		};
	}
}
