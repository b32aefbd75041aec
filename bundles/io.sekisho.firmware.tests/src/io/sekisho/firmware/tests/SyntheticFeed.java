package io.sekisho.firmware.tests;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** An NVD feed of {@code count} records shaped like the real CVE-2022-42475 (ids renumbered). */
final class SyntheticFeed {
	private SyntheticFeed() {
	}

	static void write(Path file, int count) throws IOException {
		String record = new String(TestData.resource("nvd/CVE-2022-42475.json"), StandardCharsets.UTF_8);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("{\"format\":\"NVD_CVE\",\"version\":\"2.0\",\"timestamp\":\"2026-11-30T00:00:00.000\",\"vulnerabilities\":[");
			for (int i = 0; i < count; i++) {
				if (i > 0) {
					out.write(',');
				}
				out.write("{\"cve\":");
				out.write(record.replace("CVE-2022-42475", String.format("CVE-2022-%06d", i)));
				out.write('}');
			}
			out.write("]}");
		}
	}
}
