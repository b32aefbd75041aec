package io.sekisho.firmware.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.firmware.vuln.CnaAffected;
import io.sekisho.firmware.vuln.Configuration;
import io.sekisho.firmware.vuln.CpeMatch;
import io.sekisho.firmware.vuln.CveRecord;
import io.sekisho.firmware.vuln.CvssScore;
import io.sekisho.firmware.vuln.JvnAdvisory;
import io.sekisho.firmware.vuln.KevEntry;
import io.sekisho.firmware.vuln.feed.FeedException;
import io.sekisho.firmware.vuln.feed.FeedFormat;
import io.sekisho.firmware.vuln.feed.FeedReader;
import io.sekisho.firmware.vuln.feed.FeedSummary;
import io.sekisho.firmware.vuln.feed.Hashes;
import io.sekisho.firmware.vuln.feed.ProgressListener;

/** The feed readers on real NVD, KEV and JVN iPedia data. */
class FeedReaderTest {

	@TempDir
	Path dir;

	private final FeedReader reader = new FeedReader();

	private TestData.Collector read(String name, byte[] bytes) throws IOException {
		TestData.Collector sink = new TestData.Collector();
		reader.read(name, new ByteArrayInputStream(bytes), sink, ProgressListener.NONE);
		return sink;
	}

	@Test
	void singleNvdRecordWithPrimaryScoreFirstAndAndConfiguration() throws Exception {
		TestData.Collector sink = read("CVE-2022-42475.json", TestData.resource("nvd/CVE-2022-42475.json"));
		CveRecord cve = sink.cves.get(0);
		assertEquals("CVE-2022-42475", cve.cveId());
		assertEquals("Analyzed", cve.vulnStatus());
		assertTrue(cve.descriptionEn().startsWith("A heap-based buffer overflow"));
		CvssScore first = cve.scores().get(0);
		assertTrue(first.primary(), "NVD's primary score comes first");
		assertEquals("3.1", first.version());
		assertEquals(9.8, first.baseScore());
		assertEquals("CRITICAL", first.baseSeverity());
		assertEquals(3, cve.configurations().size());
		Configuration and = cve.configurations().get(2);
		assertEquals("AND", and.operator());
		assertEquals(2, and.nodes().size());
		CpeMatch hardware = and.nodes().get(1).matches().get(0);
		assertFalse(hardware.vulnerable(), "hardware is a platform entry");
		assertEquals("fortinet", hardware.vendor());
		assertEquals("fim-7901e", hardware.product());
		assertEquals(List.of("CWE-197", "CWE-787"), cve.cweIds());
		assertEquals(3, cve.references().size());
	}

	@Test
	void versionBoundsAndCvss2() throws Exception {
		CveRecord cve = read("x", TestData.resource("nvd/CVE-2018-13379.json")).cves.get(0);
		List<CvssScore> scores = cve.scores();
		assertEquals(3, scores.size());
		assertEquals(List.of(true, true, false), scores.stream().map(CvssScore::primary).toList());
		assertEquals(List.of("3.1", "2.0", "3.1"), scores.stream().map(CvssScore::version).toList());
		assertEquals("MEDIUM", scores.get(1).baseSeverity(), "CVSS v2 severity sits beside cvssData");
		List<CpeMatch> fortios = cve.configurations().get(0).nodes().get(0).matches().stream()
				.filter(m -> "fortios".equals(m.product())).toList();
		assertFalse(fortios.isEmpty());
		assertTrue(fortios.stream().anyMatch(m -> m.versionStartIncluding() != null && m.versionEndIncluding() != null
				|| m.versionEndExcluding() != null));
		assertEquals(List.of("CWE-22"), cve.cweIds(), "duplicates from two sources collapse");
	}

	@Test
	void recordAwaitingAnalysisKeepsCnaData() throws Exception {
		CveRecord cve = read("x", TestData.resource("nvd/CVE-2026-16876.json")).cves.get(0);
		assertTrue(cve.awaitingAnalysis());
		assertEquals("Received", cve.vulnStatus());
		CnaAffected affected = cve.cnaAffected().get(0);
		assertEquals("NEC Corporation", affected.vendor());
		assertEquals("UNIVERGE IX-R/IX-V", affected.product());
		assertEquals("affected", affected.versions().get(0).status());
		assertTrue(affected.versions().get(0).version().contains("Ver1.4.21"));
		assertEquals("4.0", cve.scores().get(0).version());
		assertEquals(9.3, cve.scores().get(0).baseScore());
		assertFalse(cve.scores().get(0).primary());
	}

	@Test
	void nvdFeedGzipWithMetaFile() throws Exception {
		String json = TestData.nvdFeed("2026-11-30T03:00:01.123", TestData.NVD);
		byte[] content = json.getBytes(StandardCharsets.UTF_8);
		Path feed = dir.resolve("nvdcve-2.0-recent.json.gz");
		Files.write(feed, TestData.gzip(content));
		String sha = Hashes.hex(Hashes.sha256().digest(content));
		Files.writeString(dir.resolve("nvdcve-2.0-recent.meta"), "lastModifiedDate:2026-11-30T03:00:01-05:00\r\nsize:"
				+ content.length + "\r\nzipSize:1\r\ngzSize:1\r\nsha256:" + sha.toUpperCase() + "\r\n");
		TestData.Collector sink = new TestData.Collector();
		FeedSummary summary = reader.read(feed, sink, ProgressListener.NONE);
		assertEquals(FeedFormat.NVD, summary.format());
		assertEquals(5, summary.records());
		assertTrue(summary.gzip());
		assertEquals(LocalDate.of(2026, 11, 30), summary.dataDate());
		assertEquals(sha, summary.contentSha256());
		assertEquals(Hashes.hex(Hashes.sha256().digest(Files.readAllBytes(feed))), summary.fileSha256());
		assertEquals(List.of(TestData.NVD), sink.cves.stream().map(CveRecord::cveId).toList());
	}

	@Test
	void metaFileMismatchIsRefused() throws Exception {
		byte[] content = TestData.nvdFeed("2026-11-30T03:00:01.123", "CVE-2018-13379").getBytes(StandardCharsets.UTF_8);
		Path feed = dir.resolve("nvdcve-2.0-2018.json.gz");
		Files.write(feed, TestData.gzip(content));
		Files.writeString(dir.resolve("nvdcve-2.0-2018.meta"), "size:" + content.length + "\nsha256:"
				+ "0".repeat(64) + "\n");
		FeedException e = assertThrows(FeedException.class,
				() -> reader.read(feed, new TestData.Collector(), ProgressListener.NONE));
		assertTrue(e.getMessage().contains(feed.toString()), e.getMessage());
		assertTrue(e.getMessage().contains("nvdcve-2.0-2018.meta"), e.getMessage());
	}

	@Test
	void nvdApiResponseWithUnknownKeys() throws Exception {
		String json = TestData.nvdFeed("2026-11-01T10:00:00.000", "CVE-2023-20198");
		// an API response has the same shape; add keys a future version might bring
		json = json.replace("\"format\":\"NVD_CVE\"", "\"format\":\"NVD_CVE\",\"future\":{\"a\":[1,2,{\"b\":null}]}")
				.replace("\"vulnStatus\"", "\"newField\": [[[]]], \"vulnStatus\"");
		TestData.Collector sink = read("api.json", json.getBytes(StandardCharsets.UTF_8));
		assertEquals(1, sink.cves.size());
		assertEquals("Analyzed", sink.cves.get(0).vulnStatus());
		assertEquals(3, sink.cves.get(0).configurations().size());
	}

	@Test
	void kevCatalogWithDueDatesBeforeAddedDates() throws Exception {
		TestData.Collector sink = new TestData.Collector();
		FeedSummary summary = reader.read("kev.json",
				new ByteArrayInputStream(TestData.resource("kev/known_exploited_vulnerabilities.json")), sink,
				ProgressListener.NONE);
		assertEquals(FeedFormat.KEV, summary.format());
		assertEquals(1404, summary.records());
		assertEquals(LocalDate.of(2025, 8, 25), summary.dataDate());
		long dueBeforeAdded = sink.kev.stream()
				.filter(k -> k.dueDate() != null && k.dueDate().isBefore(k.dateAdded())).count();
		assertEquals(15, dueBeforeAdded);
		KevEntry fortios = sink.kev.stream().filter(k -> "CVE-2018-13379".equals(k.cveId())).findFirst().orElseThrow();
		assertEquals("Fortinet", fortios.vendorProject());
		assertEquals(LocalDate.of(2021, 11, 3), fortios.dateAdded());
		assertEquals(LocalDate.of(2022, 5, 3), fortios.dueDate());
		assertTrue(fortios.ransomwareUse());
		assertTrue(fortios.requiredAction().startsWith("Apply updates"));
	}

	@Test
	void myJvnOverviewList() throws Exception {
		TestData.Collector sink = new TestData.Collector();
		FeedSummary summary = reader.read("getVulnOverviewList_hnd.xml",
				new ByteArrayInputStream(TestData.resource("jvn/getVulnOverviewList_hnd.xml")), sink,
				ProgressListener.NONE);
		assertEquals(FeedFormat.JVN_RDF, summary.format());
		assertEquals(2, sink.jvn.size());
		assertEquals(LocalDate.of(2025, 4, 7), summary.dataDate());
		JvnAdvisory first = sink.jvn.get(0);
		assertEquals("JVNDB-2025-002953", first.jvnId());
		assertEquals(List.of("CVE-2025-31084"), first.cveIds());
		assertTrue(first.titleJa().contains("デシリアライゼーション"));
		assertEquals("Critical", first.severity());
		assertEquals(9.8, first.score());
		assertEquals("cpe:/a:sunshinephotocart:sunshine_photo_cart", first.products().get(0).cpe());
		assertEquals(LocalDate.of(2025, 4, 4), first.published());
		assertEquals(2, sink.jvn.get(1).products().size());
		assertEquals(List.of("CVE-2025-23120"), sink.jvn.get(1).cveIds(), "ICS and JVNVU ids are not CVEs");
	}

	@Test
	void jvndbDetailOfJapaneseVendors() throws Exception {
		TestData.Collector sink = read("dataFeed_jvndb_detail_hnd.xml",
				TestData.resource("jvn/dataFeed_jvndb_detail_hnd.xml"));
		assertEquals(2, sink.jvn.size());
		JvnAdvisory aterm = sink.jvn.get(1);
		assertEquals("JVNDB-2025-000002", aterm.jvnId());
		assertEquals("NEC Atermシリーズにおける複数の脆弱性（NV25-003）", aterm.titleJa());
		assertTrue(aterm.summaryJa().startsWith("日本電気株式会社が提供するAtermシリーズには"));
		assertTrue(aterm.summaryJa().contains("<ul>"), "escaped markup is text");
		assertEquals(List.of("CVE-2025-0354", "CVE-2025-0355", "CVE-2025-0356"), aterm.cveIds());
		assertEquals(11, aterm.products().size());
		assertEquals("日本電気", aterm.products().get(0).vendor());
		assertEquals("cpe:/o:nec:aterm_gb1200pe_firmware", aterm.products().get(0).cpe());
		assertEquals("Ver.1.3.0より前のバージョン（CVE-2025-0355）", aterm.products().get(0).versionText());
		assertEquals("High", aterm.severity());
		assertEquals(7.5, aterm.score());
		assertEquals(LocalDate.of(2025, 2, 14), aterm.published());
		assertNull(sink.jvn.get(0).products().get(0).cpe() == null ? "missing" : null);
	}
}
