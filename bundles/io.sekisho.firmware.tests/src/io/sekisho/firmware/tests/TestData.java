package io.sekisho.firmware.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import io.sekisho.firmware.vuln.CveRecord;
import io.sekisho.firmware.vuln.JvnAdvisory;
import io.sekisho.firmware.vuln.KevEntry;
import io.sekisho.firmware.vuln.feed.FeedSink;

/** The real records in resources/ and feed files built from them. */
final class TestData {
	static final String[] NVD = { "CVE-2018-13379", "CVE-2021-20843", "CVE-2022-42475", "CVE-2023-20198",
			"CVE-2026-16876" };

	private TestData() {
	}

	static byte[] resource(String path) throws IOException {
		try (InputStream in = TestData.class.getClassLoader().getResourceAsStream("resources/" + path)) {
			assertNotNull(in, path);
			return in.readAllBytes();
		}
	}

	static Path copy(String path, Path dir) throws IOException {
		Path file = dir.resolve(Path.of(path).getFileName().toString());
		Files.write(file, resource(path));
		return file;
	}

	/** An NVD CVE JSON 2.0 feed (as nvdcve-2.0-YYYY.json) holding the given real records. */
	static String nvdFeed(String timestamp, String... ids) throws IOException {
		StringBuilder json = new StringBuilder();
		json.append("{\"resultsPerPage\":").append(ids.length).append(",\"startIndex\":0,\"totalResults\":")
				.append(ids.length).append(",\"format\":\"NVD_CVE\",\"version\":\"2.0\",\"timestamp\":\"")
				.append(timestamp).append("\",\"vulnerabilities\":[");
		for (int i = 0; i < ids.length; i++) {
			if (i > 0) {
				json.append(',');
			}
			json.append("{\"cve\":").append(new String(resource("nvd/" + ids[i] + ".json"), StandardCharsets.UTF_8))
					.append('}');
		}
		return json.append("]}").toString();
	}

	static byte[] gzip(byte[] bytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (OutputStream gz = new GZIPOutputStream(out)) {
			gz.write(bytes);
		}
		return out.toByteArray();
	}

	/** Collects what a feed gave. */
	static final class Collector implements FeedSink {
		final List<CveRecord> cves = new ArrayList<>();
		final List<KevEntry> kev = new ArrayList<>();
		final List<JvnAdvisory> jvn = new ArrayList<>();

		@Override
		public void cve(CveRecord record) {
			cves.add(record);
		}

		@Override
		public void kev(KevEntry entry) {
			kev.add(entry);
		}

		@Override
		public void jvn(JvnAdvisory advisory) {
			jvn.add(advisory);
		}
	}
}
