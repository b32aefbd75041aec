package io.sekisho.netmap.drawio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.osgi.util.NLS;

import io.sekisho.netmap.internal.Messages;

/**
 * Reads the cells of a draw.io diagram: an {@code mxfile} with its first page compressed (base64 of raw deflate of
 * the URI-encoded XML) or inline, or a bare {@code mxGraphModel} as CSET saves it; {@code UserObject} and the older
 * {@code object} wrappers. Hostile files fail with a message and bounded memory: no DTD or entities at all (XXE,
 * billion laughs), at most {@link #MAX_FILE_BYTES} read, {@link #MAX_DECODED_CHARS} inflated (deflate bomb),
 * {@link #MAX_CELLS} cells (a million cells), strict base64.
 */
public final class DrawioReader {

	public static final long MAX_FILE_BYTES = 32L << 20;
	public static final int MAX_DECODED_CHARS = 64 << 20;
	public static final int MAX_CELLS = 100_000;

	private static final XMLInputFactory FACTORY = newFactory();

	private final String fileName;
	private final List<String> warnings = new ArrayList<>();

	private DrawioReader(String fileName) {
		this.fileName = fileName;
	}

	private static XMLInputFactory newFactory() {
		XMLInputFactory f = XMLInputFactory.newFactory();
		f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		return f;
	}

	/** What was read: the cells of the first page and what the reader noticed. */
	public record Diagram(List<Cell> cells, List<String> warnings) {
	}

	public static Diagram read(Path file) throws IOException {
		long size = Files.size(file);
		if (size > MAX_FILE_BYTES) {
			throw new DrawioFormatException(NLS.bind(Messages.Drawio_tooLarge, file, MAX_FILE_BYTES >> 20));
		}
		try (InputStream in = Files.newInputStream(file)) {
			return read(in, file.toString());
		}
	}

	public static Diagram read(InputStream in, String fileName) throws IOException {
		byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
		if (bytes.length > MAX_FILE_BYTES) {
			throw new DrawioFormatException(NLS.bind(Messages.Drawio_tooLarge, fileName, MAX_FILE_BYTES >> 20));
		}
		DrawioReader reader = new DrawioReader(fileName);
		List<Cell> cells = reader.parse(new String(bytes, StandardCharsets.UTF_8), false);
		return new Diagram(cells, List.copyOf(reader.warnings));
	}

	private DrawioFormatException error(String message, XMLStreamReader r) {
		int line = r == null ? 0 : r.getLocation().getLineNumber();
		int column = r == null ? 0 : r.getLocation().getColumnNumber();
		return new DrawioFormatException(NLS.bind(Messages.Drawio_error, new Object[] { fileName, line, column, message }));
	}

	/** Parses a document: mxfile (pages), or mxGraphModel; {@code decoded} when it came out of a compressed page. */
	private List<Cell> parse(String xml, boolean decoded) throws DrawioFormatException {
		XMLStreamReader r = null;
		try {
			r = FACTORY.createXMLStreamReader(new StringReader(xml));
			List<Cell> cells = new ArrayList<>();
			Cell current = null;
			Cell wrapper = null;
			int pages = 0;
			boolean inDiagram = false;
			boolean modelSeen = false;
			StringBuilder text = null;
			while (r.hasNext()) {
				int event = r.next();
				if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
					throw error(Messages.Drawio_doctype, r);
				}
				if (event == XMLStreamConstants.START_ELEMENT) {
					String name = r.getLocalName();
					switch (name) {
						case "mxfile" -> { //$NON-NLS-1$
							// pages follow
						}
						case "diagram" -> { //$NON-NLS-1$
							pages++;
							if (pages == 1) {
								inDiagram = true;
								text = new StringBuilder();
							}
						}
						case "mxGraphModel" -> { //$NON-NLS-1$
							if (pages <= 1) {
								modelSeen = true;
							}
						}
						case "UserObject", "object" -> { //$NON-NLS-1$ //$NON-NLS-2$
							if (pages > 1) {
								break;
							}
							wrapper = new Cell();
							for (int i = 0; i < r.getAttributeCount(); i++) {
								wrapper.attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
							}
							wrapper.id = wrapper.attributes.remove("id"); //$NON-NLS-1$
							wrapper.line = r.getLocation().getLineNumber();
						}
						case "mxCell" -> { //$NON-NLS-1$
							if (pages > 1) {
								break;
							}
							if (cells.size() >= MAX_CELLS) {
								throw error(NLS.bind(Messages.Drawio_tooManyCells, MAX_CELLS), r);
							}
							current = wrapper != null ? wrapper : new Cell();
							if (current.line == 0) {
								current.line = r.getLocation().getLineNumber();
							}
							String id = r.getAttributeValue(null, "id"); //$NON-NLS-1$
							if (id != null) {
								current.id = id;
							}
							current.parent = r.getAttributeValue(null, "parent"); //$NON-NLS-1$
							current.value = r.getAttributeValue(null, "value"); //$NON-NLS-1$
							String style = r.getAttributeValue(null, "style"); //$NON-NLS-1$
							current.style = style == null ? "" : style; //$NON-NLS-1$
							current.vertex = "1".equals(r.getAttributeValue(null, "vertex")); //$NON-NLS-1$ //$NON-NLS-2$
							current.edge = "1".equals(r.getAttributeValue(null, "edge")); //$NON-NLS-1$ //$NON-NLS-2$
							current.source = r.getAttributeValue(null, "source"); //$NON-NLS-1$
							current.target = r.getAttributeValue(null, "target"); //$NON-NLS-1$
							if (current.parent == null && wrapper != null) {
								current.parent = wrapper.attributes.get("parent"); //$NON-NLS-1$
							}
							cells.add(current);
						}
						case "mxGeometry" -> { //$NON-NLS-1$
							if (current != null) {
								current.x = number(r, "x"); //$NON-NLS-1$
								current.y = number(r, "y"); //$NON-NLS-1$
								current.width = number(r, "width"); //$NON-NLS-1$
								current.height = number(r, "height"); //$NON-NLS-1$
							}
						}
						case "mxPoint" -> { //$NON-NLS-1$
							if (current != null && current.edge && r.getAttributeValue(null, "as") == null) { //$NON-NLS-1$
								current.points.add(new double[] { number(r, "x"), number(r, "y") }); //$NON-NLS-1$ //$NON-NLS-2$
							}
						}
						default -> {
							// other elements (Array, root, ...) carry nothing we need
						}
					}
				} else if (event == XMLStreamConstants.END_ELEMENT) {
					String name = r.getLocalName();
					if ("diagram".equals(name) && inDiagram) { //$NON-NLS-1$
						inDiagram = false;
						if (!modelSeen) {
							String payload = text.toString().strip();
							if (!payload.isEmpty()) {
								String inner = decompress(payload, r);
								cells.addAll(parse(inner, true));
								modelSeen = true;
							}
						}
					} else if ("mxCell".equals(name)) { //$NON-NLS-1$
						current = null;
					} else if ("UserObject".equals(name) || "object".equals(name)) { //$NON-NLS-1$ //$NON-NLS-2$
						wrapper = null;
					}
				} else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && inDiagram && !modelSeen) {
					if (text.length() + r.getTextLength() > MAX_DECODED_CHARS) {
						throw error(NLS.bind(Messages.Drawio_decodedTooLarge, MAX_DECODED_CHARS >> 20), r);
					}
					text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
				}
			}
			if (!modelSeen && !decoded && cells.isEmpty()) {
				throw error(Messages.Drawio_notADiagram, null);
			}
			if (pages > 1) {
				warnings.add(NLS.bind(Messages.Drawio_morePages, pages));
			}
			return cells;
		} catch (XMLStreamException e) {
			String where = e.getLocation() == null ? "" : e.getLocation().getLineNumber() + ":" + e.getLocation().getColumnNumber(); //$NON-NLS-1$ //$NON-NLS-2$
			throw new DrawioFormatException(NLS.bind(Messages.Drawio_syntax, new Object[] { fileName, where, e.getMessage() }), e);
		} finally {
			if (r != null) {
				try {
					r.close();
				} catch (XMLStreamException e) {
					// closing a string reader
				}
			}
		}
	}

	private double number(XMLStreamReader r, String attribute) {
		String v = r.getAttributeValue(null, attribute);
		if (v == null || v.isBlank()) {
			return 0;
		}
		try {
			double d = Double.parseDouble(v.trim());
			return Double.isFinite(d) ? d : 0;
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	/** base64 → raw deflate → URI-decoded XML, every step bounded. */
	private String decompress(String payload, XMLStreamReader r) throws DrawioFormatException {
		byte[] deflated;
		try {
			String compact = payload.replaceAll("\\s", ""); //$NON-NLS-1$ //$NON-NLS-2$
			if (!compact.matches("[A-Za-z0-9+/]*={0,2}")) { //$NON-NLS-1$
				throw new IllegalArgumentException("not base64"); //$NON-NLS-1$
			}
			deflated = Base64.getDecoder().decode(compact);
		} catch (IllegalArgumentException e) {
			throw error(Messages.Drawio_badBase64, r);
		}
		Inflater inflater = new Inflater(true);
		ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(deflated.length * 4, 1 << 20));
		try {
			inflater.setInput(deflated);
			byte[] buffer = new byte[1 << 16];
			while (!inflater.finished()) {
				int n = inflater.inflate(buffer);
				if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
					break;
				}
				if (out.size() + n > MAX_DECODED_CHARS) {
					throw error(NLS.bind(Messages.Drawio_decodedTooLarge, MAX_DECODED_CHARS >> 20), r);
				}
				out.write(buffer, 0, n);
			}
			if (!inflater.finished()) {
				throw error(Messages.Drawio_badDeflate, r);
			}
		} catch (DataFormatException e) {
			throw error(Messages.Drawio_badDeflate, r);
		} finally {
			inflater.end();
		}
		String uriEncoded = out.toString(StandardCharsets.ISO_8859_1);
		try {
			// draw.io encodes with encodeURIComponent: '+' stays literal, so protect it from URLDecoder
			return URLDecoder.decode(uriEncoded.replace("+", "%2B"), StandardCharsets.UTF_8); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IllegalArgumentException e) {
			throw error(Messages.Drawio_badDeflate, r);
		}
	}
}
