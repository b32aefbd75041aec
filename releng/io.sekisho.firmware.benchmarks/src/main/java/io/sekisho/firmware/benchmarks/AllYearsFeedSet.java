package io.sekisho.firmware.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * An NVD CVE JSON 2.0 feed set the size of all years (2002-2026, about 380,000 records, over 3 GB uncompressed),
 * generated from the shapes of five real records: each synthetic record is one of them with a new id, new dates,
 * new matchCriteriaId UUIDs (what gives real feeds their entropy) and renamed vendors/products, so that the
 * product index has the spread of the real one (about 20,000 products; 1 record in 400 keeps its real product,
 * which gives FortiOS about the thousand records it has in NVD). Written gzip-compressed, one file per year.
 */
final class AllYearsFeedSet {
	static final int FIRST_YEAR = 2002;
	static final int LAST_YEAR = 2026;
	private static final String[] TEMPLATES = { "CVE-2018-13379", "CVE-2021-20843", "CVE-2022-42475",
			"CVE-2023-20198", "CVE-2026-16876" };
	private static final Pattern TOKENS = Pattern.compile(
			"(?<uuid>\"matchCriteriaId\": \"[0-9A-F-]{36}\")|(?<cpe>cpe:2\\.3:[aoh]:([^:\"]+):([^:\"]+):)"
					+ "|(?<date>\"(?:published|lastModified)\": \"[0-9T:.-]+\")"
					+ "|(?<cna>\"(?:vendor|product)\": \"[^\"]*\")");

	/** A template cut into literal text and the places that vary. */
	private record Template(String id, List<Object> parts) {
	}

	private record Cpe(String prefix, String vendor, String product) {
	}

	/** A CNA vendor or product name: {@code "vendor": "NEC Corporation} without the closing quote. */
	private record Cna(String open) {
	}

	private enum Slot {
		UUID, DATE_PUBLISHED, DATE_MODIFIED
	}

	private final List<Template> templates = new ArrayList<>();
	private long uncompressedBytes;

	AllYearsFeedSet() throws IOException {
		for (String id : TEMPLATES) {
			try (InputStream in = AllYearsFeedSet.class.getResourceAsStream("/templates/" + id + ".json")) {
				templates.add(parse(id, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
			}
		}
	}

	private static Template parse(String id, String json) {
		List<Object> parts = new ArrayList<>();
		Matcher m = TOKENS.matcher(json);
		int last = 0;
		while (m.find()) {
			parts.add(json.substring(last, m.start()));
			if (m.group("uuid") != null) {
				parts.add("\"matchCriteriaId\": \"");
				parts.add(Slot.UUID);
				parts.add("\"");
			} else if (m.group("cpe") != null) {
				parts.add(new Cpe(m.group("cpe").substring(0, 10), m.group(3), m.group(4)));
			} else if (m.group("cna") != null) {
				String text = m.group("cna");
				parts.add(new Cna(text.substring(0, text.length() - 1)));
			} else {
				boolean published = m.group("date").startsWith("\"published");
				parts.add(published ? "\"published\": \"" : "\"lastModified\": \"");
				parts.add(published ? Slot.DATE_PUBLISHED : Slot.DATE_MODIFIED);
				parts.add("\"");
			}
			last = m.end();
		}
		parts.add(json.substring(last));
		// the id appears in literal parts (id field, descriptions, references)
		List<Object> withId = new ArrayList<>();
		for (Object part : parts) {
			if (part instanceof String s && s.contains(id)) {
				String[] pieces = s.split(Pattern.quote(id), -1);
				for (int i = 0; i < pieces.length; i++) {
					if (i > 0) {
						withId.add(Template.class); // marker: the record's id
					}
					withId.add(pieces[i]);
				}
			} else {
				withId.add(part);
			}
		}
		return new Template(id, withId);
	}

	/** Writes the feed files into {@code dir} and returns them, oldest year first. */
	List<Path> write(Path dir, int totalRecords) throws IOException {
		Files.createDirectories(dir);
		int years = LAST_YEAR - FIRST_YEAR + 1;
		List<Path> files = new ArrayList<>();
		Random random = new Random(42);
		int serial = 0;
		for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
			int count = totalRecords / years + (year - FIRST_YEAR < totalRecords % years ? 1 : 0);
			Path file = dir.resolve("nvdcve-2.0-" + year + ".json.gz");
			try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
					GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16) {
						{
							def.setLevel(Deflater.DEFAULT_COMPRESSION);
						}
					};
					Writer out = new OutputStreamWriter(gz, StandardCharsets.UTF_8)) {
				CountingWriter counted = new CountingWriter(out);
				counted.write("{\"resultsPerPage\":" + count + ",\"startIndex\":0,\"totalResults\":" + count
						+ ",\"format\":\"NVD_CVE\",\"version\":\"2.0\",\"timestamp\":\"2026-11-30T03:00:00.000\",\"vulnerabilities\":[\n");
				StringBuilder record = new StringBuilder(16 << 10);
				for (int i = 0; i < count; i++) {
					serial++;
					record.setLength(0);
					record.append(i == 0 ? "{\"cve\":" : ",{\"cve\":");
					append(record, templates.get(serial % templates.size()), year, i, serial, random);
					record.append("}\n");
					counted.write(record);
				}
				counted.write("]}\n");
				uncompressedBytes += counted.count;
			}
			files.add(file);
		}
		return files;
	}

	long uncompressedBytes() {
		return uncompressedBytes;
	}

	private static void append(StringBuilder out, Template template, int year, int index, int serial, Random random) {
		String id = String.format("CVE-%d-%05d", year, index + 1);
		boolean real = serial % 400 == 0;
		int product = serial % 20_000;
		String date = String.format("%d-%02d-%02dT%02d:%02d:%02d.%03d", year, 1 + random.nextInt(12),
				1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60), random.nextInt(1000));
		for (Object part : template.parts()) {
			if (part instanceof String s) {
				out.append(s);
			} else if (part == Template.class) {
				out.append(id);
			} else if (part instanceof Cpe cpe) {
				out.append(cpe.prefix());
				if (real) {
					out.append(cpe.vendor()).append(':').append(cpe.product()).append(':');
				} else {
					out.append(cpe.vendor()).append('_').append(product % 3000).append(':').append(cpe.product())
							.append('_').append(product).append(':');
				}
			} else if (part instanceof Cna cna) {
				out.append(cna.open());
				if (!real) {
					out.append(' ').append(product);
				}
				out.append('"');
			} else if (part == Slot.UUID) {
				out.append(new UUID(random.nextLong(), random.nextLong()).toString().toUpperCase());
			} else {
				out.append(date);
			}
		}
	}

	/** Counts the characters written (ASCII: the bytes). */
	private static final class CountingWriter {
		private final Writer out;
		long count;

		CountingWriter(Writer out) {
			this.out = out;
		}

		void write(CharSequence s) throws IOException {
			out.append(s);
			count += s.length();
		}
	}
}
