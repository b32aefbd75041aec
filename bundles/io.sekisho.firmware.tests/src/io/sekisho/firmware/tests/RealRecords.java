package io.sekisho.firmware.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import io.sekisho.firmware.vuln.InMemoryVulnerabilityStore;
import io.sekisho.firmware.vuln.feed.FeedException;
import io.sekisho.firmware.vuln.feed.FeedReader;
import io.sekisho.firmware.vuln.feed.ProgressListener;

/** A store of the real NVD records in resources/nvd and resources/match/nvd and the real KEV catalog, read by the importer's reader. */
final class RealRecords {

	static final String[] MATCH = { "CVE-2024-0012", "CVE-2019-11510" };

	private RealRecords() {
	}

	static InMemoryVulnerabilityStore store() throws IOException, FeedException {
		InMemoryVulnerabilityStore store = new InMemoryVulnerabilityStore();
		TestData.Collector collector = new TestData.Collector();
		FeedReader reader = new FeedReader();
		reader.read("nvd", new ByteArrayInputStream(TestData.nvdFeed("2026-09-30T00:00:00.000", TestData.NVD).getBytes(StandardCharsets.UTF_8)),
				collector, ProgressListener.NONE);
		reader.read("match", new ByteArrayInputStream(feed(MATCH).getBytes(StandardCharsets.UTF_8)), collector, ProgressListener.NONE);
		reader.read("kev", new ByteArrayInputStream(TestData.resource("kev/known_exploited_vulnerabilities.json")), collector, ProgressListener.NONE);
		collector.cves.forEach(store::add);
		collector.kev.forEach(store::add);
		collector.jvn.forEach(store::add);
		return store;
	}

	private static String feed(String... ids) throws IOException {
		StringBuilder json = new StringBuilder("{\"format\":\"NVD_CVE\",\"version\":\"2.0\",\"timestamp\":\"2026-09-30T00:00:00.000\",\"vulnerabilities\":["); //$NON-NLS-1$
		for (int i = 0; i < ids.length; i++) {
			json.append(i > 0 ? "," : "").append("{\"cve\":") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.append(new String(TestData.resource("match/nvd/" + ids[i] + ".json"), StandardCharsets.UTF_8)).append('}'); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return json.append("]}").toString(); //$NON-NLS-1$
	}
}
