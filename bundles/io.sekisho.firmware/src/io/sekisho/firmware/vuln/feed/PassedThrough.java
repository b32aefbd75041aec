package io.sekisho.firmware.vuln.feed;

import java.io.IOException;

import io.sekisho.firmware.vuln.CveRecord;
import io.sekisho.firmware.vuln.JvnAdvisory;
import io.sekisho.firmware.vuln.KevEntry;

/**
 * Carries an exception of the sink or the progress listener through the parsers unchanged, so that a failing
 * store write or a cancel is not mistaken for a problem of the feed file.
 */
final class PassedThrough {
	private PassedThrough() {
	}

	static final class Failure extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Failure(IOException cause) {
			super(cause);
		}

		IOException io() {
			return (IOException) getCause();
		}
	}

	static FeedSink sink(FeedSink sink) {
		return new FeedSink() {
			@Override
			public void cve(CveRecord record) {
				try {
					sink.cve(record);
				} catch (IOException e) {
					throw new Failure(e);
				}
			}

			@Override
			public void kev(KevEntry entry) {
				try {
					sink.kev(entry);
				} catch (IOException e) {
					throw new Failure(e);
				}
			}

			@Override
			public void jvn(JvnAdvisory advisory) {
				try {
					sink.jvn(advisory);
				} catch (IOException e) {
					throw new Failure(e);
				}
			}
		};
	}

	static ProgressListener progress(ProgressListener listener) {
		return (records, bytes) -> {
			try {
				listener.progress(records, bytes);
			} catch (IOException e) {
				throw new Failure(e);
			}
		};
	}
}
