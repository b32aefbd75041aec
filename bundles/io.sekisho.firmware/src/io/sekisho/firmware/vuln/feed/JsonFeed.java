package io.sekisho.firmware.vuln.feed;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.sekisho.firmware.vuln.CnaAffected;
import io.sekisho.firmware.vuln.CnaVersionRange;
import io.sekisho.firmware.vuln.Configuration;
import io.sekisho.firmware.vuln.CpeMatch;
import io.sekisho.firmware.vuln.CveRecord;
import io.sekisho.firmware.vuln.CvssScore;
import io.sekisho.firmware.vuln.KevEntry;
import io.sekisho.firmware.vuln.Node;

/**
 * Streams an NVD CVE JSON 2.0 feed / API response, a single NVD CVE object, or the CISA KEV catalog, one record
 * at a time. Unknown keys are skipped without being held.
 */
final class JsonFeed {
	static final Pattern CVE_ID = Pattern.compile("CVE-\\d{4}-\\d{4,}"); //$NON-NLS-1$
	/** Most list items (matches, scores, references ...) of one record; real records stay below 20,000. */
	private static final int MAX_ITEMS_PER_RECORD = 200_000;
	private static final int PROGRESS_EVERY = 500;

	private final String name;
	private final JsonParser p;
	private final FeedSink sink;
	private final ProgressListener progress;
	private final CountingProbe bytes;

	private FeedFormat format;
	private long records;
	private LocalDate feedDate;
	private LocalDate newestRecord;
	private String recordLabel;
	private int items;

	/** How many uncompressed bytes were read, for progress reports. */
	interface CountingProbe {
		long bytes();
	}

	JsonFeed(String name, JsonParser parser, FeedSink sink, ProgressListener progress, CountingProbe bytes) {
		this.name = name;
		this.p = parser;
		this.sink = sink;
		this.progress = progress;
		this.bytes = bytes;
	}

	FeedFormat format() {
		return format;
	}

	long records() {
		return records;
	}

	LocalDate dataDate() {
		return feedDate != null ? feedDate : newestRecord;
	}

	void read() throws IOException {
		if (p.nextToken() != JsonToken.START_OBJECT) {
			throw fail(Messages.Feed_notAFeed);
		}
		CveBuilder bare = null;
		while (p.nextToken() == JsonToken.FIELD_NAME) {
			String field = p.currentName();
			p.nextToken();
			switch (field) {
			case "vulnerabilities" -> readVulnerabilities(); //$NON-NLS-1$
			case "timestamp", "dateReleased" -> feedDate = Dates.max(feedDate, Dates.parseOrNull(text())); //$NON-NLS-1$ //$NON-NLS-2$
			default -> {
				if (records == 0 && CveBuilder.FIELDS.contains(field)) {
					if (bare == null) {
						bare = new CveBuilder();
						items = 0;
					}
					cveField(bare, field);
				} else {
					p.skipChildren();
				}
			}
			}
		}
		if (bare != null && records == 0 && bare.id != null) {
			format = FeedFormat.NVD_RECORD;
			recordLabel = bare.id;
			emit(bare);
		}
		if (format == null) {
			throw fail(Messages.Feed_notAFeed);
		}
	}

	private void readVulnerabilities() throws IOException {
		if (p.currentToken() != JsonToken.START_ARRAY) {
			throw fail(Messages.Feed_notAFeed);
		}
		long index = 0;
		while (p.nextToken() != JsonToken.END_ARRAY) {
			index++;
			recordLabel = NLS.bind(Messages.Feed_recordNumber, Long.valueOf(index));
			if (p.currentToken() != JsonToken.START_OBJECT) {
				throw fail(Messages.Feed_notAFeed);
			}
			items = 0;
			CveBuilder cve = null;
			Map<String, String> kev = null;
			while (p.nextToken() == JsonToken.FIELD_NAME) {
				String field = p.currentName();
				p.nextToken();
				if ("cve".equals(field) && p.currentToken() == JsonToken.START_OBJECT) { //$NON-NLS-1$
					cve = readCve();
				} else if (KEV_FIELDS.contains(field)) {
					if (kev == null) {
						kev = new HashMap<>();
					}
					String value = text();
					if ("cveID".equals(field) && value != null) { //$NON-NLS-1$
						recordLabel = value;
					}
					kev.put(field, value);
				} else {
					p.skipChildren();
				}
			}
			if (cve != null && (format == null || format == FeedFormat.NVD)) {
				format = FeedFormat.NVD;
				emit(cve);
			} else if (kev != null && kev.containsKey("cveID") && (format == null || format == FeedFormat.KEV)) { //$NON-NLS-1$
				format = FeedFormat.KEV;
				emitKev(kev);
			} else {
				throw fail(Messages.Feed_notAFeed);
			}
		}
	}

	private static final Set<String> KEV_FIELDS = Set.of("cveID", "vendorProject", "product", "vulnerabilityName", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"dateAdded", "requiredAction", "dueDate", "knownRansomwareCampaignUse", "notes"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private void emitKev(Map<String, String> kev) throws IOException {
		String id = kev.get("cveID"); //$NON-NLS-1$
		checkCveId(id);
		KevEntry entry = new KevEntry(id, kev.get("vendorProject"), kev.get("product"), //$NON-NLS-1$ //$NON-NLS-2$
				kev.get("vulnerabilityName"), date(kev.get("dateAdded")), date(kev.get("dueDate")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				kev.get("requiredAction"), kev.get("knownRansomwareCampaignUse"), kev.get("notes")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		sink.kev(entry);
		newestRecord = Dates.max(newestRecord, entry.dateAdded());
		counted();
	}

	private LocalDate date(String text) throws FeedException {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Dates.parse(text);
		} catch (DateTimeParseException e) {
			throw fail(NLS.bind(Messages.Feed_badDate, text));
		}
	}

	private void checkCveId(String id) throws FeedException {
		if (id == null) {
			throw fail(Messages.Feed_missingId);
		}
		if (!CVE_ID.matcher(id).matches()) {
			throw fail(NLS.bind(Messages.Feed_badId, id));
		}
	}

	private void emit(CveBuilder cve) throws IOException {
		checkCveId(cve.id);
		CveRecord record = cve.build();
		sink.cve(record);
		newestRecord = Dates.max(newestRecord, Dates.parseOrNull(record.lastModified()));
		counted();
	}

	private void counted() throws IOException {
		records++;
		if (records % PROGRESS_EVERY == 0) {
			progress.progress(records, bytes.bytes());
		}
	}

	// --- one CVE object ---

	private CveBuilder readCve() throws IOException {
		CveBuilder cve = new CveBuilder();
		while (p.nextToken() == JsonToken.FIELD_NAME) {
			String field = p.currentName();
			p.nextToken();
			cveField(cve, field);
		}
		return cve;
	}

	private void cveField(CveBuilder cve, String field) throws IOException {
		switch (field) {
		case "id" -> { //$NON-NLS-1$
			cve.id = text();
			if (cve.id != null) {
				recordLabel = cve.id;
			}
		}
		case "published" -> cve.published = text(); //$NON-NLS-1$
		case "lastModified" -> cve.lastModified = text(); //$NON-NLS-1$
		case "vulnStatus" -> cve.vulnStatus = text(); //$NON-NLS-1$
		case "descriptions" -> eachObject(() -> { //$NON-NLS-1$
			Map<String, String> d = scalars();
			if ("en".equals(d.get("lang")) && cve.description == null) { //$NON-NLS-1$ //$NON-NLS-2$
				cve.description = d.get("value"); //$NON-NLS-1$
			}
		});
		case "metrics" -> readMetrics(cve); //$NON-NLS-1$
		case "weaknesses" -> eachObject(() -> { //$NON-NLS-1$
			while (p.nextToken() == JsonToken.FIELD_NAME) {
				String f = p.currentName();
				p.nextToken();
				if ("description".equals(f)) { //$NON-NLS-1$
					eachObject(() -> {
						String value = scalars().get("value"); //$NON-NLS-1$
						if (value != null && value.startsWith("CWE-")) { //$NON-NLS-1$
							cve.cwes.add(value);
							item();
						}
					});
				} else {
					p.skipChildren();
				}
			}
		});
		case "configurations" -> eachObject(() -> cve.configurations.add(readConfiguration())); //$NON-NLS-1$
		case "references" -> eachObject(() -> { //$NON-NLS-1$
			String url = scalars().get("url"); //$NON-NLS-1$
			if (url != null) {
				cve.references.add(url);
				item();
			}
		});
		case "affected" -> eachObject(() -> readAffected(cve)); //$NON-NLS-1$
		default -> p.skipChildren();
		}
	}

	private void readMetrics(CveBuilder cve) throws IOException {
		if (p.currentToken() != JsonToken.START_OBJECT) {
			p.skipChildren();
			return;
		}
		while (p.nextToken() == JsonToken.FIELD_NAME) {
			String field = p.currentName();
			p.nextToken();
			String version = switch (field) {
			case "cvssMetricV40" -> "4.0"; //$NON-NLS-1$ //$NON-NLS-2$
			case "cvssMetricV31" -> "3.1"; //$NON-NLS-1$ //$NON-NLS-2$
			case "cvssMetricV30" -> "3.0"; //$NON-NLS-1$ //$NON-NLS-2$
			case "cvssMetricV2" -> "2.0"; //$NON-NLS-1$ //$NON-NLS-2$
			default -> null;
			};
			if (version == null) {
				p.skipChildren();
				continue;
			}
			eachObject(() -> {
				String type = null;
				String metricSeverity = null;
				Map<String, String> data = Map.of();
				while (p.nextToken() == JsonToken.FIELD_NAME) {
					String f = p.currentName();
					p.nextToken();
					switch (f) {
					case "type" -> type = text(); //$NON-NLS-1$
					case "baseSeverity" -> metricSeverity = text(); //$NON-NLS-1$
					case "cvssData" -> data = scalars(); //$NON-NLS-1$
					default -> p.skipChildren();
					}
				}
				String score = data.get("baseScore"); //$NON-NLS-1$
				if (score != null) {
					String severity = data.getOrDefault("baseSeverity", metricSeverity); //$NON-NLS-1$
					cve.scores.add(new CvssScore(data.getOrDefault("version", version), "Primary".equals(type), //$NON-NLS-1$ //$NON-NLS-2$
							number(score), severity, data.get("vectorString"))); //$NON-NLS-1$
					item();
				}
			});
		}
	}

	private Configuration readConfiguration() throws IOException {
		String operator = "OR"; //$NON-NLS-1$
		boolean negate = false;
		List<Node> nodes = new ArrayList<>();
		while (p.nextToken() == JsonToken.FIELD_NAME) {
			String f = p.currentName();
			p.nextToken();
			switch (f) {
			case "operator" -> operator = orDefault(text(), "OR"); //$NON-NLS-1$ //$NON-NLS-2$
			case "negate" -> negate = p.currentToken() == JsonToken.VALUE_TRUE; //$NON-NLS-1$
			case "nodes" -> eachObject(() -> nodes.add(readNode())); //$NON-NLS-1$
			default -> p.skipChildren();
			}
		}
		return new Configuration(operator, negate, nodes);
	}

	private Node readNode() throws IOException {
		String operator = "OR"; //$NON-NLS-1$
		boolean negate = false;
		List<CpeMatch> matches = new ArrayList<>();
		while (p.nextToken() == JsonToken.FIELD_NAME) {
			String f = p.currentName();
			p.nextToken();
			switch (f) {
			case "operator" -> operator = orDefault(text(), "OR"); //$NON-NLS-1$ //$NON-NLS-2$
			case "negate" -> negate = p.currentToken() == JsonToken.VALUE_TRUE; //$NON-NLS-1$
			case "cpeMatch" -> eachObject(() -> { //$NON-NLS-1$
				CpeMatch match = readCpeMatch();
				if (match != null) {
					matches.add(match);
				}
			});
			default -> p.skipChildren();
			}
		}
		return new Node(operator, negate, matches);
	}

	/** One cpeMatch object, or null without criteria (the most frequent object of a feed: read into locals). */
	private CpeMatch readCpeMatch() throws IOException {
		boolean vulnerable = true;
		String criteria = null;
		String startIncluding = null;
		String startExcluding = null;
		String endIncluding = null;
		String endExcluding = null;
		while (p.nextToken() == JsonToken.FIELD_NAME) {
			String name = p.currentName();
			p.nextToken();
			switch (name) {
			case "vulnerable" -> vulnerable = p.currentToken() != JsonToken.VALUE_FALSE; //$NON-NLS-1$
			case "criteria" -> criteria = text(); //$NON-NLS-1$
			case "versionStartIncluding" -> startIncluding = text(); //$NON-NLS-1$
			case "versionStartExcluding" -> startExcluding = text(); //$NON-NLS-1$
			case "versionEndIncluding" -> endIncluding = text(); //$NON-NLS-1$
			case "versionEndExcluding" -> endExcluding = text(); //$NON-NLS-1$
			default -> p.skipChildren();
			}
		}
		if (criteria == null) {
			return null;
		}
		item();
		return new CpeMatch(vulnerable, criteria, startIncluding, startExcluding, endIncluding, endExcluding);
	}

	/** NVD's non-schema {@code affected: [{source, affectedData: [...]}]}, or CVE 5 style entries directly. */
	private void readAffected(CveBuilder cve) throws IOException {
		String vendor = null;
		String product = null;
		List<CnaVersionRange> versions = new ArrayList<>();
		while (p.nextToken() == JsonToken.FIELD_NAME) {
			String f = p.currentName();
			p.nextToken();
			switch (f) {
			case "affectedData" -> eachObject(() -> readAffected(cve)); //$NON-NLS-1$
			case "vendor" -> vendor = text(); //$NON-NLS-1$
			case "product" -> product = text(); //$NON-NLS-1$
			case "versions" -> eachObject(() -> { //$NON-NLS-1$
				Map<String, String> v = scalars();
				versions.add(new CnaVersionRange(v.get("version"), v.get("lessThan"), v.get("lessThanOrEqual"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						v.get("status"), v.get("versionType"))); //$NON-NLS-1$ //$NON-NLS-2$
				item();
			});
			default -> p.skipChildren();
			}
		}
		if (vendor != null || product != null) {
			cve.affected.add(new CnaAffected(vendor, product, versions));
			item();
		}
	}

	// --- helpers ---

	@FunctionalInterface
	private interface Body {
		void read() throws IOException;
	}

	/**
	 * Calls {@code body} for each object of the array at the current token, with the object's START_OBJECT
	 * current; the body reads the object up to its END_OBJECT. Non-object items and non-arrays are skipped.
	 */
	private void eachObject(Body body) throws IOException {
		if (p.currentToken() != JsonToken.START_ARRAY) {
			p.skipChildren();
			return;
		}
		while (p.nextToken() != JsonToken.END_ARRAY) {
			if (p.currentToken() == JsonToken.START_OBJECT) {
				body.read();
			} else {
				p.skipChildren();
			}
		}
	}

	/** The scalar fields of the object whose START_OBJECT is current; nested values skipped. */
	private Map<String, String> scalars() throws IOException {
		if (p.currentToken() != JsonToken.START_OBJECT) {
			p.skipChildren();
			return Map.of();
		}
		Map<String, String> values = new HashMap<>();
		while (p.nextToken() == JsonToken.FIELD_NAME) {
			String f = p.currentName();
			p.nextToken();
			String value = text();
			if (value != null) {
				values.put(f, value);
			}
		}
		return values;
	}

	/** The current scalar as text; objects and arrays are skipped and give null. */
	private String text() throws IOException {
		JsonToken token = p.currentToken();
		if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
			p.skipChildren();
			return null;
		}
		if (token == null || token == JsonToken.VALUE_NULL) {
			return null;
		}
		return p.getText();
	}

	private double number(String text) throws FeedException {
		try {
			return Double.parseDouble(text);
		} catch (NumberFormatException e) {
			throw fail(NLS.bind(Messages.Feed_badNumber, text));
		}
	}

	private static String orDefault(String value, String otherwise) {
		return value == null ? otherwise : value;
	}

	private void item() throws FeedException {
		if (++items > MAX_ITEMS_PER_RECORD) {
			throw fail(NLS.bind(Messages.Feed_recordTooLarge, Integer.valueOf(MAX_ITEMS_PER_RECORD)));
		}
	}

	FeedException fail(String problem) {
		return new FeedException(name, p.currentTokenLocation().getByteOffset(), recordLabel, problem, null);
	}

	String recordLabel() {
		return recordLabel;
	}

	/** The fields of a CVE object as read; built once the object ends. */
	private static final class CveBuilder {
		static final Set<String> FIELDS = Set.of("id", "sourceIdentifier", "published", "lastModified", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"vulnStatus", "descriptions", "metrics", "weaknesses", "configurations", "references", "affected"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

		String id;
		String published;
		String lastModified;
		String vulnStatus;
		String description;
		final List<CvssScore> scores = new ArrayList<>();
		final List<Configuration> configurations = new ArrayList<>();
		final List<CnaAffected> affected = new ArrayList<>();
		final Set<String> cwes = new LinkedHashSet<>();
		final List<String> references = new ArrayList<>();

		CveRecord build() {
			scores.sort(SCORE_ORDER);
			return new CveRecord(id, published, lastModified, vulnStatus, description, scores, configurations,
					affected, new ArrayList<>(cwes), references);
		}
	}

	/** NVD's own (primary) scores first, then the newest CVSS version first. */
	static final Comparator<CvssScore> SCORE_ORDER = Comparator.comparing((CvssScore s) -> !s.primary())
			.thenComparing(CvssScore::version, Comparator.reverseOrder());
}
