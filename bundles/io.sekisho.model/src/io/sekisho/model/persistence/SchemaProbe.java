package io.sekisho.model.persistence;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads only the root element of a .sekisho file: its namespace and schema version decide whether the file can be
 * read at all, before the whole file is parsed (a newer file may contain classes this version cannot create).
 */
record SchemaProbe(boolean readable, String namespace, String rootName, int schemaVersion, int line, int column) {

	private static final String SCHEMA_VERSION = "schemaVersion"; //$NON-NLS-1$
	private static final String XMI_NAMESPACE = "http://www.omg.org/XMI"; //$NON-NLS-1$
	private static final String XMI_WRAPPER = "XMI"; //$NON-NLS-1$
	private static final XMLInputFactory FACTORY = newFactory();

	private static XMLInputFactory newFactory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		// a model file never needs a DTD or external entities
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		return factory;
	}

	/** A file whose root element cannot be read; the full parse reports the exact problem. */
	static final SchemaProbe UNREADABLE = new SchemaProbe(false, null, null, 0, 0, 0);

	/** Reads up to the root element; leaves the stream where it stopped (callers mark and reset it). */
	static SchemaProbe of(InputStream in) {
		try {
			XMLStreamReader reader = FACTORY.createXMLStreamReader(in);
			try {
				while (reader.hasNext()) {
					if (reader.next() == XMLStreamConstants.START_ELEMENT) {
						if (XMI_NAMESPACE.equals(reader.getNamespaceURI()) && XMI_WRAPPER.equals(reader.getLocalName())) {
							continue; // several roots (the workbook first, e.g. a network map second) sit in an xmi:XMI element
						}
						String version = reader.getAttributeValue(null, SCHEMA_VERSION);
						return new SchemaProbe(true, reader.getNamespaceURI(), reader.getLocalName(), parseVersion(version),
								reader.getLocation().getLineNumber(), reader.getLocation().getColumnNumber());
					}
				}
				return UNREADABLE;
			} finally {
				reader.close();
			}
		} catch (XMLStreamException | RuntimeException e) {
			return UNREADABLE;
		}
	}

	/** @return the version, 1 when absent (the first format), -1 when not a number */
	private static int parseVersion(String value) {
		if (value == null || value.isBlank()) {
			return 1;
		}
		try {
			return Integer.parseInt(value.trim());
		} catch (NumberFormatException e) {
			return -1;
		}
	}
}
