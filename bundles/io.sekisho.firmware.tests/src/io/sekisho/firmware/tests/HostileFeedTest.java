package io.sekisho.firmware.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import io.sekisho.firmware.vuln.feed.FeedException;
import io.sekisho.firmware.vuln.feed.FeedReader;
import io.sekisho.firmware.vuln.feed.ProgressListener;

/**
 * Hostile and broken feed files: each ends with a clear error naming the file and the place, with bounded memory
 * (the inputs are generated as streams; nothing the size of the attack is ever allocated).
 */
class HostileFeedTest {

	private final FeedReader reader = new FeedReader();
	private final TestData.Collector sink = new TestData.Collector();

	private FeedException refused(String name, InputStream in) {
		FeedException e = assertThrows(FeedException.class, () -> reader.read(name, in, sink, ProgressListener.NONE));
		assertTrue(e.getMessage().startsWith(name), e.getMessage());
		return e;
	}

	private FeedException refused(String name, String content) {
		return refused(name, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
	}

	private static InputStream utf8(String s) {
		return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
	}

	/** {@code count} copies of {@code b}, produced as they are read. */
	private static InputStream repeat(byte b, long count) {
		return new InputStream() {
			private long left = count;

			@Override
			public int read() {
				if (left <= 0) {
					return -1;
				}
				left--;
				return b & 0xff;
			}

			@Override
			public int read(byte[] buffer, int off, int len) {
				if (left <= 0) {
					return -1;
				}
				int n = (int) Math.min(len, left);
				Arrays.fill(buffer, off, off + n, b);
				left -= n;
				return n;
			}
		};
	}

	@Test
	void gzipBomb() throws IOException {
		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		try (OutputStream gz = new GZIPOutputStream(bomb)) {
			gz.write("{\"vulnerabilities\":[".getBytes(StandardCharsets.US_ASCII));
			byte[] spaces = new byte[1 << 20];
			Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 200; i++) {
				gz.write(spaces);
			}
			gz.write("]}".getBytes(StandardCharsets.US_ASCII));
		}
		assertTrue(bomb.size() < 1 << 20, "200 MB compressed into " + bomb.size());
		FeedException e = refused("bomb.json.gz", new ByteArrayInputStream(bomb.toByteArray()));
		assertTrue(e.getMessage().contains("gzip"), e.getMessage());
		assertTrue(e.byteOffset() > 0 && e.byteOffset() < 200L << 20, "stopped early: " + e.byteOffset());
		assertTrue(sink.cves.isEmpty());
	}

	@Test
	void truncatedGzip() throws IOException {
		byte[] gz = TestData.gzip(TestData.nvdFeed("2026-11-30T00:00:00.000", TestData.NVD)
				.getBytes(StandardCharsets.UTF_8));
		byte[] cut = Arrays.copyOf(gz, gz.length / 2);
		FeedException e = refused("nvdcve-2.0-2024.json.gz", new ByteArrayInputStream(cut));
		assertTrue(e.problem().contains("truncated") || e.problem().contains("途中"), e.getMessage());
		assertTrue(e.byteOffset() > 0, e.getMessage());
	}

	@Test
	void nestingDepthBomb() {
		String deep = "{\"vulnerabilities\":[{\"cve\":{\"id\":\"CVE-2024-0001\",\"metrics\":" + "[".repeat(100_000);
		FeedException e = refused("deep.json", deep);
		assertTrue(e.problem().contains("64"), e.getMessage());
		assertEquals("CVE-2024-0001", e.record());
	}

	@Test
	void twoGigabyteStringIsNeverHeld() {
		InputStream huge = new SequenceInputStream(java.util.Collections.enumeration(java.util.List.of(
				utf8("{\"vulnerabilities\":[{\"cve\":{\"id\":\"CVE-2024-0002\",\"descriptions\":[{\"lang\":\"en\",\"value\":\""),
				repeat((byte) 'A', 2L << 30), utf8("\"}]}}]}"))));
		FeedException e = refused("huge.json", huge);
		assertTrue(e.problem().contains(String.valueOf(1 << 20)), e.getMessage());
		assertEquals("CVE-2024-0002", e.record());
	}

	@Test
	void twoGigabyteXmlTextIsNeverHeld() {
		InputStream huge = new SequenceInputStream(java.util.Collections.enumeration(java.util.List.of(utf8(
				"<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\"><item><title>"),
				repeat((byte) 'A', 2L << 30), utf8("</title></item></rdf:RDF>"))));
		FeedException e = refused("huge.rdf", huge);
		assertTrue(e.byteOffset() > 0 && e.byteOffset() < 16L << 20, e.getMessage());
	}

	@Test
	void jsonThatIsNotAFeed() {
		refused("package.json", "{\"name\":\"sekisho\",\"dependencies\":{\"a\":\"1\"}}");
		refused("array.json", "[1,2,3]");
		FeedException e = refused("other.json", "{\"vulnerabilities\":[{\"name\":\"x\"}]}");
		assertTrue(e.record() != null, e.getMessage());
	}

	@Test
	void notJsonOrXml() {
		refused("random.bin", new ByteArrayInputStream(new byte[] { 0, 1, 2, 3, (byte) 0xff }));
		refused("empty.json", "");
		refused("spaces.json", "   \n  ");
	}

	@Test
	void brokenJsonNamesTheRecordAndOffset() {
		String json = "{\"vulnerabilities\":[{\"cve\":{\"id\":\"CVE-2024-0003\",\"published\":}}]}";
		FeedException e = refused("broken.json", json);
		assertEquals("CVE-2024-0003", e.record());
		assertEquals(json.indexOf('}'), e.byteOffset(), e.getMessage());
	}

	@Test
	void badIdsAndDates() {
		FeedException id = refused("bad-id.json", "{\"vulnerabilities\":[{\"cve\":{\"id\":\"CVE-x\"}}]}");
		assertTrue(id.problem().contains("CVE-x"), id.getMessage());
		FeedException date = refused("kev.json", "{\"catalogVersion\":\"1\",\"vulnerabilities\":["
				+ "{\"cveID\":\"CVE-2021-0001\",\"dateAdded\":\"2021-11-03\",\"dueDate\":\"2021-11-17\"},"
				+ "{\"cveID\":\"CVE-2021-0002\",\"dateAdded\":\"soon\"}]}");
		assertEquals("CVE-2021-0002", date.record());
		assertTrue(date.problem().contains("soon"), date.getMessage());
	}

	@Test
	void rdfWithExternalEntityIsRefused() {
		String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
				+ "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\""
				+ " xmlns:sec=\"http://jvn.jp/rss/mod_sec/3.0/\"><item><title>&xxe;</title>"
				+ "<sec:identifier>JVNDB-2024-000001</sec:identifier></item></rdf:RDF>";
		FeedException e = refused("xxe.rdf", xxe);
		assertTrue(e.problem().contains("DOCTYPE"), e.getMessage());
		assertTrue(sink.jvn.isEmpty());
	}

	@Test
	void billionLaughsIsRefused() {
		StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
		for (int i = 1; i < 10; i++) {
			dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
					.append("\">");
		}
		dtd.append("]><VULDEF-Document><Vulinfo><VulinfoID>&lol9;</VulinfoID></Vulinfo></VULDEF-Document>");
		FeedException e = refused("lol.xml", dtd.toString());
		assertTrue(e.problem().contains("DOCTYPE"), e.getMessage());
	}

	@Test
	void xmlThatIsNotJvn() {
		FeedException e = refused("pom.xml", "<?xml version=\"1.0\"?><project><modelVersion>4.0.0</modelVersion></project>");
		assertTrue(e.problem().contains("project"), e.getMessage());
	}

	@Test
	void deepXml() {
		FeedException e = refused("deep.rdf", "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
				+ "<a>".repeat(10_000));
		assertTrue(e.problem().contains("64"), e.getMessage());
	}
}
