package io.sekisho.firmware.vuln.feed;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.osgi.util.NLS;

import io.sekisho.firmware.vuln.JvnAdvisory;
import io.sekisho.firmware.vuln.JvnProduct;

/**
 * Streams JVN iPedia XML: the RSS 1.0 / RDF form (JVNDB bulk {@code jvndb_*.rdf}, MyJVN getVulnOverviewList)
 * and the VULDEF form (JVNDB detail files, MyJVN getVulnDetailInfo). The StAX parser is hardened: a DOCTYPE is
 * refused, no external entity or DTD is ever fetched, nesting depth and text length are bounded.
 */
final class JvnXmlFeed {
	private static final String SEC = "http://jvn.jp/rss/mod_sec/3.0/"; //$NON-NLS-1$
	private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"; //$NON-NLS-1$
	private static final int PROGRESS_EVERY = 500;

	private final String name;
	private final FeedSink sink;
	private final ProgressListener progress;
	private final FeedLimits limits;
	private final JsonFeed.CountingProbe bytes;
	private XMLStreamReader xml;
	private FeedFormat format;
	private long records;
	private LocalDate feedDate;
	private LocalDate newestRecord;
	private String recordLabel;
	private int depth;

	JvnXmlFeed(String name, FeedSink sink, ProgressListener progress, FeedLimits limits,
			JsonFeed.CountingProbe bytes) {
		this.name = name;
		this.sink = sink;
		this.progress = progress;
		this.limits = limits;
		this.bytes = bytes;
	}

	static XMLInputFactory hardenedFactory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.TRUE);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
		factory.setXMLResolver((publicId, systemId, base, ns) -> {
			throw new XMLStreamException(Messages.Feed_doctype);
		});
		trySet(factory, XMLConstants.ACCESS_EXTERNAL_DTD, ""); //$NON-NLS-1$
		trySet(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA, ""); //$NON-NLS-1$
		return factory;
	}

	private static void trySet(XMLInputFactory factory, String property, Object value) {
		try {
			factory.setProperty(property, value);
		} catch (IllegalArgumentException e) {
			// not every StAX implementation knows the JAXP properties; DTD support is off anyway
		}
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

	void read(InputStream in) throws IOException {
		try {
			xml = hardenedFactory().createXMLStreamReader(in);
			try {
				readDocument();
			} finally {
				xml.close();
			}
		} catch (XMLStreamException e) {
			Throwable nested = e.getNestedException() != null ? e.getNestedException() : e.getCause();
			if (nested instanceof IOException io) {
				throw io;
			}
			String message = e.getMessage();
			if (message != null && message.contains(Messages.Feed_doctype)) {
				throw fail(Messages.Feed_doctype, e);
			}
			throw fail(NLS.bind(Messages.Feed_badXml, firstLine(message)), e);
		}
	}

	private static String firstLine(String message) {
		if (message == null) {
			return ""; //$NON-NLS-1$
		}
		int nl = message.indexOf('\n');
		return nl < 0 ? message : message.substring(0, nl);
	}

	private void readDocument() throws XMLStreamException, IOException {
		String root = null;
		while (xml.hasNext()) {
			int event = next();
			if (event == XMLStreamConstants.DTD) {
				throw fail(Messages.Feed_doctype, null);
			}
			if (event == XMLStreamConstants.START_ELEMENT) {
				root = xml.getLocalName();
				break;
			}
		}
		if ("RDF".equals(root) && RDF.equals(xml.getNamespaceURI())) { //$NON-NLS-1$
			format = FeedFormat.JVN_RDF;
			readRdf();
		} else if ("VULDEF-Document".equals(root)) { //$NON-NLS-1$
			format = FeedFormat.JVN_VULDEF;
			readVuldef();
		} else {
			throw fail(NLS.bind(Messages.Feed_unknownXml, root == null ? "-" : root), null); //$NON-NLS-1$
		}
		while (xml.hasNext()) {
			if (next() == XMLStreamConstants.DTD) {
				throw fail(Messages.Feed_doctype, null);
			}
		}
	}

	private int next() throws XMLStreamException, FeedException {
		int event = xml.next();
		if (event == XMLStreamConstants.START_ELEMENT) {
			if (++depth > limits.maxDepth()) {
				throw fail(NLS.bind(Messages.Feed_tooDeep, Integer.valueOf(limits.maxDepth())), null);
			}
		} else if (event == XMLStreamConstants.END_ELEMENT) {
			depth--;
		} else if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
			throw fail(Messages.Feed_doctype, null);
		}
		return event;
	}

	// --- RSS 1.0 / RDF ---

	private void readRdf() throws XMLStreamException, IOException {
		int rootDepth = depth;
		while (xml.hasNext()) {
			int event = next();
			if (event == XMLStreamConstants.END_ELEMENT && depth < rootDepth) {
				return;
			}
			if (event != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			switch (xml.getLocalName()) {
			case "channel" -> readChannel(); //$NON-NLS-1$
			case "item" -> readItem(); //$NON-NLS-1$
			default -> skipElement();
			}
		}
	}

	private void readChannel() throws XMLStreamException, IOException {
		int own = depth;
		while (xml.hasNext()) {
			int event = next();
			if (event == XMLStreamConstants.END_ELEMENT && depth < own) {
				return;
			}
			if (event == XMLStreamConstants.START_ELEMENT && depth == own + 1) {
				String local = xml.getLocalName();
				if ("date".equals(local) || "modified".equals(local)) { //$NON-NLS-1$ //$NON-NLS-2$
					feedDate = Dates.max(feedDate, Dates.parseOrNull(text()));
				} else {
					skipElement();
				}
			}
		}
	}

	private void readItem() throws XMLStreamException, IOException {
		int own = depth;
		recordLabel = NLS.bind(Messages.Feed_recordNumber, Long.valueOf(records + 1));
		String id = null;
		String title = null;
		String summary = null;
		Set<String> cves = new LinkedHashSet<>();
		List<JvnProduct> products = new ArrayList<>();
		String severity = null;
		Double score = null;
		String scoreVersion = null;
		LocalDate issued = null;
		while (xml.hasNext()) {
			int event = next();
			if (event == XMLStreamConstants.END_ELEMENT && depth < own) {
				break;
			}
			if (event != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			String local = xml.getLocalName();
			String ns = xml.getNamespaceURI();
			if (SEC.equals(ns) && "identifier".equals(local)) { //$NON-NLS-1$
				id = text();
				recordLabel = id;
			} else if (SEC.equals(ns) && "references".equals(local)) { //$NON-NLS-1$
				String refId = xml.getAttributeValue(null, "id"); //$NON-NLS-1$
				if (refId != null && JsonFeed.CVE_ID.matcher(refId.trim()).matches()) {
					cves.add(refId.trim());
				}
				skipElement();
			} else if (SEC.equals(ns) && "cpe".equals(local)) { //$NON-NLS-1$
				String vendor = xml.getAttributeValue(null, "vendor"); //$NON-NLS-1$
				String product = xml.getAttributeValue(null, "product"); //$NON-NLS-1$
				products.add(new JvnProduct(vendor, product, text(), null));
			} else if (SEC.equals(ns) && "cvss".equals(local)) { //$NON-NLS-1$
				String version = xml.getAttributeValue(null, "version"); //$NON-NLS-1$
				if (scoreVersion == null || (version != null && version.compareTo(scoreVersion) > 0)) {
					scoreVersion = version;
					severity = xml.getAttributeValue(null, "severity"); //$NON-NLS-1$
					score = score(xml.getAttributeValue(null, "score")); //$NON-NLS-1$
				}
				skipElement();
			} else if ("title".equals(local) && depth == own + 1) { //$NON-NLS-1$
				title = text();
			} else if ("description".equals(local) && depth == own + 1) { //$NON-NLS-1$
				summary = text();
			} else if ("issued".equals(local)) { //$NON-NLS-1$
				issued = Dates.parseOrNull(text());
			} else {
				skipElement();
			}
		}
		emit(id, cves, title, summary, products, severity, score, issued);
	}

	// --- VULDEF ---

	private void readVuldef() throws XMLStreamException, IOException {
		int rootDepth = depth;
		while (xml.hasNext()) {
			int event = next();
			if (event == XMLStreamConstants.END_ELEMENT && depth < rootDepth) {
				return;
			}
			if (event == XMLStreamConstants.START_ELEMENT) {
				if ("Vulinfo".equals(xml.getLocalName())) { //$NON-NLS-1$
					readVulinfo();
				} else {
					skipElement();
				}
			}
		}
	}

	private void readVulinfo() throws XMLStreamException, IOException {
		int own = depth;
		recordLabel = NLS.bind(Messages.Feed_recordNumber, Long.valueOf(records + 1));
		String id = null;
		String title = null;
		String summary = null;
		Set<String> cves = new LinkedHashSet<>();
		List<JvnProduct> products = new ArrayList<>();
		String severity = null;
		Double score = null;
		String scoreVersion = null;
		LocalDate published = null;
		LocalDate updated = null;
		while (xml.hasNext()) {
			int event = next();
			if (event == XMLStreamConstants.END_ELEMENT && depth < own) {
				break;
			}
			if (event != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			switch (xml.getLocalName()) {
			case "VulinfoID" -> { //$NON-NLS-1$
				if (depth == own + 1) {
					id = text();
					recordLabel = id;
				} else {
					String related = text();
					if (related != null && JsonFeed.CVE_ID.matcher(related).matches()) {
						cves.add(related);
					}
				}
			}
			case "Title" -> { //$NON-NLS-1$
				if (depth == own + 2) {
					title = text();
				} else {
					skipElement();
				}
			}
			case "Overview" -> summary = text(); //$NON-NLS-1$
			case "AffectedItem" -> products.add(readAffectedItem()); //$NON-NLS-1$
			case "Cvss" -> { //$NON-NLS-1$
				String version = xml.getAttributeValue(null, "version"); //$NON-NLS-1$
				String[] cvss = readCvss();
				if (scoreVersion == null || (version != null && version.compareTo(scoreVersion) > 0)) {
					scoreVersion = version;
					severity = cvss[0];
					score = score(cvss[1]);
				}
			}
			case "DateFirstPublished" -> published = Dates.parseOrNull(text()); //$NON-NLS-1$
			case "DateLastUpdated" -> updated = Dates.parseOrNull(text()); //$NON-NLS-1$
			default -> {
				// containers (VulinfoData, Affected, Impact, Related, RelatedItem ...): descend
			}
			}
		}
		newestRecord = Dates.max(newestRecord, updated);
		emit(id, cves, title, summary, products, severity, score, published);
	}

	private JvnProduct readAffectedItem() throws XMLStreamException, IOException {
		int own = depth;
		String vendor = null;
		String product = null;
		String cpe = null;
		String versions = null;
		while (xml.hasNext()) {
			int event = next();
			if (event == XMLStreamConstants.END_ELEMENT && depth < own) {
				break;
			}
			if (event == XMLStreamConstants.START_ELEMENT) {
				switch (xml.getLocalName()) {
				case "Name" -> vendor = text(); //$NON-NLS-1$
				case "ProductName" -> product = text(); //$NON-NLS-1$
				case "Cpe" -> cpe = text(); //$NON-NLS-1$
				case "VersionNumber" -> versions = join(versions, text()); //$NON-NLS-1$
				default -> skipElement();
				}
			}
		}
		return new JvnProduct(vendor, product, cpe, versions);
	}

	private static String join(String a, String b) {
		if (b == null || b.isEmpty()) {
			return a;
		}
		return a == null ? b : a + "\n" + b; //$NON-NLS-1$
	}

	/** Severity and base score of a VULDEF Cvss element. */
	private String[] readCvss() throws XMLStreamException, IOException {
		int own = depth;
		String[] result = new String[2];
		while (xml.hasNext()) {
			int event = next();
			if (event == XMLStreamConstants.END_ELEMENT && depth < own) {
				break;
			}
			if (event == XMLStreamConstants.START_ELEMENT) {
				switch (xml.getLocalName()) {
				case "Severity" -> result[0] = text(); //$NON-NLS-1$
				case "Base" -> result[1] = text(); //$NON-NLS-1$
				default -> skipElement();
				}
			}
		}
		return result;
	}

	// --- shared ---

	private void emit(String id, Set<String> cves, String title, String summary, List<JvnProduct> products,
			String severity, Double score, LocalDate published) throws IOException {
		if (id == null || id.isBlank()) {
			throw fail(Messages.Feed_missingId, null);
		}
		if (!id.startsWith("JVN")) { //$NON-NLS-1$
			throw fail(NLS.bind(Messages.Feed_badId, id), null);
		}
		sink.jvn(new JvnAdvisory(id, new ArrayList<>(cves), title, summary, products, severity, score, published));
		newestRecord = Dates.max(newestRecord, published);
		records++;
		if (records % PROGRESS_EVERY == 0) {
			progress.progress(records, bytes.bytes());
		}
	}

	private Double score(String text) throws FeedException {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(text.trim());
		} catch (NumberFormatException e) {
			throw fail(NLS.bind(Messages.Feed_badNumber, text), null);
		}
	}

	/** The text content of the current element (its START_ELEMENT current), trimmed; child elements skipped. */
	private String text() throws XMLStreamException, FeedException {
		int own = depth;
		StringBuilder text = new StringBuilder();
		while (xml.hasNext()) {
			int event = next();
			if (event == XMLStreamConstants.END_ELEMENT && depth < own) {
				break;
			}
			if (depth == own && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
					|| event == XMLStreamConstants.SPACE)) {
				if (text.length() + xml.getTextLength() > limits.maxStringChars()) {
					throw fail(NLS.bind(Messages.Feed_stringTooLong, Integer.valueOf(limits.maxStringChars())), null);
				}
				text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
			}
		}
		String value = text.toString().trim();
		return value.isEmpty() ? null : value;
	}

	/** Skips the current element (its START_ELEMENT current) with everything inside. */
	private void skipElement() throws XMLStreamException, FeedException {
		int own = depth;
		while (xml.hasNext()) {
			int event = next();
			if (event == XMLStreamConstants.END_ELEMENT && depth < own) {
				return;
			}
		}
	}

	private FeedException fail(String problem, Throwable cause) {
		long offset = xml == null ? -1 : xml.getLocation().getCharacterOffset();
		return new FeedException(name, offset < 0 ? bytes.bytes() : offset, records > 0 || recordLabel != null
				? recordLabel : null, problem, cause);
	}
}
