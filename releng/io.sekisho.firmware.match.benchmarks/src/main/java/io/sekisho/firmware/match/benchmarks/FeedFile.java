package io.sekisho.firmware.match.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.sekisho.firmware.vuln.Configuration;
import io.sekisho.firmware.vuln.CpeMatch;
import io.sekisho.firmware.vuln.CveRecord;
import io.sekisho.firmware.vuln.CvssScore;
import io.sekisho.firmware.vuln.Node;

/** Writes CVE records as an NVD CVE JSON 2.0 feed file, so the real importer builds the H2 store from them. */
final class FeedFile {

	private FeedFile() {
	}

	static Path write(Path file, Collection<CveRecord> records) throws IOException {
		Files.createDirectories(file.getParent());
		try (OutputStream out = Files.newOutputStream(file); JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
			g.writeStartObject();
			g.writeStringField("format", "NVD_CVE");
			g.writeStringField("version", "2.0");
			g.writeStringField("timestamp", "2026-09-07T00:00:00.000");
			g.writeArrayFieldStart("vulnerabilities");
			for (CveRecord r : records) {
				g.writeStartObject();
				g.writeObjectFieldStart("cve");
				g.writeStringField("id", r.cveId());
				g.writeStringField("published", r.published());
				g.writeStringField("lastModified", r.lastModified());
				g.writeStringField("vulnStatus", r.vulnStatus());
				g.writeArrayFieldStart("descriptions");
				g.writeStartObject();
				g.writeStringField("lang", "en");
				g.writeStringField("value", r.descriptionEn() == null ? "" : r.descriptionEn());
				g.writeEndObject();
				g.writeEndArray();
				g.writeObjectFieldStart("metrics");
				for (CvssScore s : r.scores()) {
					String key = switch (s.version()) {
					case "4.0" -> "cvssMetricV40";
					case "3.1" -> "cvssMetricV31";
					case "3.0" -> "cvssMetricV30";
					default -> "cvssMetricV2";
					};
					g.writeArrayFieldStart(key);
					g.writeStartObject();
					g.writeStringField("source", "nvd@nist.gov");
					g.writeStringField("type", s.primary() ? "Primary" : "Secondary");
					g.writeObjectFieldStart("cvssData");
					g.writeStringField("version", s.version());
					g.writeStringField("vectorString", s.vector());
					g.writeNumberField("baseScore", s.baseScore());
					if (s.baseSeverity() != null) {
						g.writeStringField("baseSeverity", s.baseSeverity());
					}
					g.writeEndObject();
					g.writeEndObject();
					g.writeEndArray();
				}
				g.writeEndObject();
				g.writeArrayFieldStart("configurations");
				for (Configuration c : r.configurations()) {
					g.writeStartObject();
					if (c.operator() != null) {
						g.writeStringField("operator", c.operator());
					}
					g.writeBooleanField("negate", c.negate());
					g.writeArrayFieldStart("nodes");
					for (Node n : c.nodes()) {
						g.writeStartObject();
						g.writeStringField("operator", n.operator() == null ? "OR" : n.operator());
						g.writeBooleanField("negate", n.negate());
						g.writeArrayFieldStart("cpeMatch");
						for (CpeMatch m : n.matches()) {
							g.writeStartObject();
							g.writeBooleanField("vulnerable", m.vulnerable());
							g.writeStringField("criteria", m.criteria());
							field(g, "versionStartIncluding", m.versionStartIncluding());
							field(g, "versionStartExcluding", m.versionStartExcluding());
							field(g, "versionEndIncluding", m.versionEndIncluding());
							field(g, "versionEndExcluding", m.versionEndExcluding());
							g.writeEndObject();
						}
						g.writeEndArray();
						g.writeEndObject();
					}
					g.writeEndArray();
					g.writeEndObject();
				}
				g.writeEndArray();
				g.writeEndObject();
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeEndObject();
		}
		return file;
	}

	private static void field(JsonGenerator g, String name, String value) throws IOException {
		if (value != null) {
			g.writeStringField(name, value);
		}
	}
}
