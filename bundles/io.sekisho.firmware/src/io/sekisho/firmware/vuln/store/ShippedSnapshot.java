package io.sekisho.firmware.vuln.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import io.sekisho.firmware.vuln.CveRecord;
import io.sekisho.firmware.vuln.InMemoryVulnerabilityStore;
import io.sekisho.firmware.vuln.JvnAdvisory;
import io.sekisho.firmware.vuln.KevEntry;
import io.sekisho.firmware.vuln.feed.FeedReader;
import io.sekisho.firmware.vuln.feed.FeedSink;
import io.sekisho.firmware.vuln.feed.FeedSummary;
import io.sekisho.firmware.vuln.feed.ProgressListener;

/**
 * The snapshot of the fragment io.sekisho.firmware.data: {@code snapshot/index.txt} lists feed files beside it
 * (one name a line, {@code #} comments), read with the same feed readers as any import. The data date is the
 * newest date the files carry.
 */
public final class ShippedSnapshot {
	static final String INDEX = "snapshot/index.txt"; //$NON-NLS-1$

	private ShippedSnapshot() {
	}

	public static InMemoryVulnerabilityStore load() throws IOException {
		ClassLoader loader = ShippedSnapshot.class.getClassLoader();
		InMemoryVulnerabilityStore store = new InMemoryVulnerabilityStore();
		FeedSink sink = new FeedSink() {
			@Override
			public void cve(CveRecord record) {
				store.add(record);
			}

			@Override
			public void kev(KevEntry entry) {
				store.add(entry);
			}

			@Override
			public void jvn(JvnAdvisory advisory) {
				store.add(advisory);
			}
		};
		InputStream index = loader.getResourceAsStream(INDEX);
		if (index == null) {
			throw new IOException(INDEX);
		}
		FeedReader reader = new FeedReader();
		LocalDate date = null;
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				String name = line.trim();
				if (name.isEmpty() || name.startsWith("#")) { //$NON-NLS-1$
					continue;
				}
				String resource = "snapshot/" + name; //$NON-NLS-1$
				try (InputStream in = loader.getResourceAsStream(resource)) {
					if (in == null) {
						throw new IOException(resource);
					}
					FeedSummary summary = reader.read(resource, in, sink, ProgressListener.NONE);
					if (summary.dataDate() != null && (date == null || summary.dataDate().isAfter(date))) {
						date = summary.dataDate();
					}
				}
			}
		}
		return store.dataDate(date);
	}
}
