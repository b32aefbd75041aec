package io.sekisho.firmware.vuln.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.sekisho.firmware.vuln.CnaAffected;
import io.sekisho.firmware.vuln.CnaVersionRange;
import io.sekisho.firmware.vuln.Configuration;
import io.sekisho.firmware.vuln.CpeMatch;
import io.sekisho.firmware.vuln.CveRecord;
import io.sekisho.firmware.vuln.CvssScore;
import io.sekisho.firmware.vuln.JvnAdvisory;
import io.sekisho.firmware.vuln.JvnProduct;
import io.sekisho.firmware.vuln.KevEntry;
import io.sekisho.firmware.vuln.Node;

/**
 * The compact binary form of the records in the store (one column per record). A change of this form raises
 * {@link StoreFormat#VERSION}, which makes the store rebuild itself from the kept feed files.
 */
final class RecordCodec {
	private RecordCodec() {
	}

	static byte[] encode(CveRecord r) {
		return write(out -> {
			str(out, r.cveId());
			str(out, r.published());
			str(out, r.lastModified());
			str(out, r.vulnStatus());
			str(out, r.descriptionEn());
			out.writeInt(r.scores().size());
			for (CvssScore s : r.scores()) {
				str(out, s.version());
				out.writeBoolean(s.primary());
				out.writeDouble(s.baseScore());
				str(out, s.baseSeverity());
				str(out, s.vector());
			}
			out.writeInt(r.configurations().size());
			for (Configuration c : r.configurations()) {
				str(out, c.operator());
				out.writeBoolean(c.negate());
				out.writeInt(c.nodes().size());
				for (Node n : c.nodes()) {
					str(out, n.operator());
					out.writeBoolean(n.negate());
					out.writeInt(n.matches().size());
					for (CpeMatch m : n.matches()) {
						out.writeBoolean(m.vulnerable());
						str(out, m.criteria());
						str(out, m.versionStartIncluding());
						str(out, m.versionStartExcluding());
						str(out, m.versionEndIncluding());
						str(out, m.versionEndExcluding());
					}
				}
			}
			out.writeInt(r.cnaAffected().size());
			for (CnaAffected a : r.cnaAffected()) {
				str(out, a.vendor());
				str(out, a.product());
				out.writeInt(a.versions().size());
				for (CnaVersionRange v : a.versions()) {
					str(out, v.version());
					str(out, v.lessThan());
					str(out, v.lessThanOrEqual());
					str(out, v.status());
					str(out, v.versionType());
				}
			}
			strings(out, r.cweIds());
			strings(out, r.references());
		});
	}

	static CveRecord decodeCve(byte[] bytes) {
		return read(bytes, in -> {
			String id = str(in);
			String published = str(in);
			String lastModified = str(in);
			String status = str(in);
			String description = str(in);
			int scoreCount = in.readInt();
			List<CvssScore> scores = new ArrayList<>(scoreCount);
			for (int i = 0; i < scoreCount; i++) {
				scores.add(new CvssScore(str(in), in.readBoolean(), in.readDouble(), str(in), str(in)));
			}
			int configurationCount = in.readInt();
			List<Configuration> configurations = new ArrayList<>(configurationCount);
			for (int i = 0; i < configurationCount; i++) {
				String operator = str(in);
				boolean negate = in.readBoolean();
				int nodeCount = in.readInt();
				List<Node> nodes = new ArrayList<>(nodeCount);
				for (int j = 0; j < nodeCount; j++) {
					String nodeOperator = str(in);
					boolean nodeNegate = in.readBoolean();
					int matchCount = in.readInt();
					List<CpeMatch> matches = new ArrayList<>(matchCount);
					for (int k = 0; k < matchCount; k++) {
						matches.add(new CpeMatch(in.readBoolean(), str(in), str(in), str(in), str(in), str(in)));
					}
					nodes.add(new Node(nodeOperator, nodeNegate, matches));
				}
				configurations.add(new Configuration(operator, negate, nodes));
			}
			int affectedCount = in.readInt();
			List<CnaAffected> affected = new ArrayList<>(affectedCount);
			for (int i = 0; i < affectedCount; i++) {
				String vendor = str(in);
				String product = str(in);
				int versionCount = in.readInt();
				List<CnaVersionRange> versions = new ArrayList<>(versionCount);
				for (int j = 0; j < versionCount; j++) {
					versions.add(new CnaVersionRange(str(in), str(in), str(in), str(in), str(in)));
				}
				affected.add(new CnaAffected(vendor, product, versions));
			}
			return new CveRecord(id, published, lastModified, status, description, scores, configurations, affected,
					strings(in), strings(in));
		});
	}

	static byte[] encode(KevEntry k) {
		return write(out -> {
			str(out, k.cveId());
			str(out, k.vendorProject());
			str(out, k.product());
			str(out, k.name());
			date(out, k.dateAdded());
			date(out, k.dueDate());
			str(out, k.requiredAction());
			str(out, k.knownRansomwareCampaignUse());
			str(out, k.notes());
		});
	}

	static KevEntry decodeKev(byte[] bytes) {
		return read(bytes, in -> new KevEntry(str(in), str(in), str(in), str(in), date(in), date(in), str(in), str(in),
				str(in)));
	}

	static byte[] encode(JvnAdvisory a) {
		return write(out -> {
			str(out, a.jvnId());
			strings(out, a.cveIds());
			str(out, a.titleJa());
			str(out, a.summaryJa());
			out.writeInt(a.products().size());
			for (JvnProduct p : a.products()) {
				str(out, p.vendor());
				str(out, p.product());
				str(out, p.cpe());
				str(out, p.versionText());
			}
			str(out, a.severity());
			out.writeBoolean(a.score() != null);
			if (a.score() != null) {
				out.writeDouble(a.score().doubleValue());
			}
			date(out, a.published());
		});
	}

	static JvnAdvisory decodeJvn(byte[] bytes) {
		return read(bytes, in -> {
			String id = str(in);
			List<String> cves = strings(in);
			String title = str(in);
			String summary = str(in);
			int productCount = in.readInt();
			List<JvnProduct> products = new ArrayList<>(productCount);
			for (int i = 0; i < productCount; i++) {
				products.add(new JvnProduct(str(in), str(in), str(in), str(in)));
			}
			String severity = str(in);
			Double score = in.readBoolean() ? Double.valueOf(in.readDouble()) : null;
			return new JvnAdvisory(id, cves, title, summary, products, severity, score, date(in));
		});
	}

	/** A list of ids (JVN ids of a CVE or a vendor). */
	static byte[] encodeStrings(java.util.Collection<String> list) {
		return write(out -> strings(out, List.copyOf(list)));
	}

	static List<String> decodeStrings(byte[] bytes) {
		return bytes == null ? List.of() : read(bytes, RecordCodec::strings);
	}

	// --- primitives ---

	@FunctionalInterface
	private interface Writer {
		void write(DataOutputStream out) throws IOException;
	}

	@FunctionalInterface
	private interface Reader<T> {
		T read(DataInputStream in) throws IOException;
	}

	private static byte[] write(Writer writer) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			writer.write(out);
		} catch (IOException e) {
			throw new UncheckedIOException(e); // in-memory streams do not fail
		}
		return bytes.toByteArray();
	}

	private static <T> T read(byte[] bytes, Reader<T> reader) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
			return reader.read(in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void str(DataOutputStream out, String s) throws IOException {
		if (s == null) {
			out.writeInt(-1);
			return;
		}
		byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
		out.writeInt(utf8.length);
		out.write(utf8);
	}

	private static String str(DataInputStream in) throws IOException {
		int length = in.readInt();
		if (length < 0) {
			return null;
		}
		byte[] utf8 = new byte[length];
		in.readFully(utf8);
		return new String(utf8, StandardCharsets.UTF_8);
	}

	private static void strings(DataOutputStream out, List<String> list) throws IOException {
		out.writeInt(list.size());
		for (String s : list) {
			str(out, s);
		}
	}

	private static List<String> strings(DataInputStream in) throws IOException {
		int count = in.readInt();
		List<String> list = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			list.add(str(in));
		}
		return list;
	}

	private static void date(DataOutputStream out, LocalDate date) throws IOException {
		out.writeLong(date == null ? Long.MIN_VALUE : date.toEpochDay());
	}

	private static LocalDate date(DataInputStream in) throws IOException {
		long day = in.readLong();
		return day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
	}
}
