package io.sekisho.vendors.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.osgi.util.NLS;

import io.sekisho.vendors.VendorFeature;

/**
 * Reads the features (installable units with the property org.eclipse.equinox.p2.type.group=true) and their
 * localized names out of a p2 repository's content.xml. The file comes from a stranger: no DTD, no external
 * entities, and at most {@link #MAX_BYTES} bytes are read.
 */
public final class RepositoryContent {

	static final long MAX_BYTES = 64L * 1024 * 1024;
	private static final String GROUP = "org.eclipse.equinox.p2.type.group"; //$NON-NLS-1$
	private static final String NAME = "org.eclipse.equinox.p2.name"; //$NON-NLS-1$
	private static final String SUFFIX = ".feature.group"; //$NON-NLS-1$

	private RepositoryContent() {
	}

	public static List<VendorFeature> features(InputStream content) throws XMLStreamException, IOException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		XMLStreamReader xml = factory.createXMLStreamReader(new BoundedInputStream(content, MAX_BYTES));
		List<VendorFeature> features = new ArrayList<>();
		String id = null;
		String version = null;
		Map<String, String> properties = null;
		int depth = 0;
		int unitDepth = -1;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
				String element = xml.getLocalName();
				if ("unit".equals(element)) { //$NON-NLS-1$
					id = xml.getAttributeValue(null, "id"); //$NON-NLS-1$
					version = xml.getAttributeValue(null, "version"); //$NON-NLS-1$
					properties = new HashMap<>();
					unitDepth = depth;
				} else if ("property".equals(element) && properties != null && depth == unitDepth + 2) { //$NON-NLS-1$
					properties.put(String.valueOf(xml.getAttributeValue(null, "name")), String.valueOf(xml.getAttributeValue(null, "value"))); //$NON-NLS-1$ //$NON-NLS-2$
				}
			} else if (event == XMLStreamConstants.END_ELEMENT) {
				if ("unit".equals(xml.getLocalName()) && properties != null) { //$NON-NLS-1$
					if ("true".equals(properties.get(GROUP)) && id != null && id.endsWith(SUFFIX)) { //$NON-NLS-1$
						features.add(new VendorFeature(id.substring(0, id.length() - SUFFIX.length()), version, names(properties)));
					}
					properties = null;
					unitDepth = -1;
				}
				depth--;
			}
		}
		return List.copyOf(features);
	}

	/** "%featureName" is looked up as "df_LT.featureName" (default) and "ja.featureName" (per language). */
	private static Map<String, String> names(Map<String, String> properties) {
		String name = properties.get(NAME);
		Map<String, String> names = new HashMap<>();
		if (name == null) {
			return names;
		}
		if (!name.startsWith("%")) { //$NON-NLS-1$
			names.put("", name); //$NON-NLS-1$
			return names;
		}
		String key = "." + name.substring(1); //$NON-NLS-1$
		for (Map.Entry<String, String> p : properties.entrySet()) {
			if (p.getKey().endsWith(key)) {
				String language = p.getKey().substring(0, p.getKey().length() - key.length());
				names.put("df_LT".equals(language) ? "" : language, p.getValue()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return names;
	}

	/** Stops a stranger's file after {@code limit} bytes with an IOException instead of reading on. */
	private static final class BoundedInputStream extends java.io.FilterInputStream {
		private long left;

		BoundedInputStream(InputStream in, long limit) {
			super(in);
			this.left = limit;
		}

		@Override
		public int read() throws IOException {
			if (left <= 0) {
				throw new IOException(NLS.bind(Messages.Install_contentTooLarge, MAX_BYTES / (1024 * 1024)));
			}
			int b = super.read();
			if (b >= 0) {
				left--;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (left <= 0) {
				throw new IOException(NLS.bind(Messages.Install_contentTooLarge, MAX_BYTES / (1024 * 1024)));
			}
			int n = super.read(buffer, offset, (int) Math.min(length, left));
			if (n > 0) {
				left -= n;
			}
			return n;
		}

		@Override
		public void close() {
			// the zip stream around it stays open for the caller
		}
	}
}
