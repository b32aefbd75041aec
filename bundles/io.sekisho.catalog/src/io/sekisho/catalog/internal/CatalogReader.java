package io.sekisho.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.osgi.util.NLS;

import io.sekisho.catalog.CatalogEntry;
import io.sekisho.catalog.CatalogFormatException;
import io.sekisho.catalog.DefaultAccount;
import io.sekisho.model.facility.AccountKind;
import io.sekisho.model.facility.DeviceCategory;
import io.sekisho.model.facility.NetworkDeviceType;

/**
 * Reads one catalog file (format in schema/devices.exsd) with StAX: no DOCTYPE, no external entities, a bound on
 * the number of products, so a vendor's broken or hostile file costs little and is named precisely.
 */
public final class CatalogReader {

	/** more products than any vendor makes: a bound against hostile files */
	public static final int MAX_PRODUCTS = 20_000;
	private static final Pattern CPE = Pattern.compile("cpe:2\\.3:[aho](:[^:\\s]+){10}"); //$NON-NLS-1$

	private final String source;
	private XMLStreamReader xml;

	private CatalogReader(String source) {
		this.source = source;
	}

	/** @param source the file's name for messages (bundle/path) */
	public static List<CatalogEntry> read(InputStream in, String source, String contributor) throws CatalogFormatException {
		return new CatalogReader(source).parse(in, contributor);
	}

	private List<CatalogEntry> parse(InputStream in, String contributor) throws CatalogFormatException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
		List<CatalogEntry> entries = new ArrayList<>();
		try {
			xml = factory.createXMLStreamReader(in, "UTF-8"); //$NON-NLS-1$
			String vendor = null;
			String vendorJa = null;
			ProductBuilder product = null;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.DTD) {
					throw error(Messages.Catalog_doctype);
				}
				if (event == XMLStreamConstants.START_ELEMENT) {
					switch (xml.getLocalName()) {
					case "catalogs" -> { //$NON-NLS-1$
						// a file may hold the catalogs of several vendors
					}
					case "catalog" -> { //$NON-NLS-1$
						vendor = required("vendor"); //$NON-NLS-1$
						vendorJa = optional("vendorJa").orElse(vendor); //$NON-NLS-1$
					}
					case "product" -> { //$NON-NLS-1$
						if (vendor == null) {
							throw error(NLS.bind(Messages.Catalog_unexpected, "product")); //$NON-NLS-1$
						}
						if (entries.size() >= MAX_PRODUCTS) {
							throw error(NLS.bind(Messages.Catalog_tooMany, MAX_PRODUCTS));
						}
						product = new ProductBuilder(vendor, vendorJa);
						product.model = required("model"); //$NON-NLS-1$
						product.modelJa = optional("modelJa").orElse(product.model); //$NON-NLS-1$
						product.category = enumValue("category", DeviceCategory.class, DeviceCategory.OTHER); //$NON-NLS-1$
						product.networkType = enumValue("networkType", NetworkDeviceType.class, NetworkDeviceType.NONE); //$NON-NLS-1$
						product.hardwareCpe = cpe("hardwareCpe"); //$NON-NLS-1$
						product.firmwareCpe = cpe("firmwareCpe"); //$NON-NLS-1$
						product.versionScheme = optional("versionScheme"); //$NON-NLS-1$
						product.endOfSale = date("endOfSale"); //$NON-NLS-1$
						product.endOfSupport = date("endOfSupport"); //$NON-NLS-1$
					}
					case "alias" -> inProduct(product).aliases //$NON-NLS-1$
							.add(new CatalogEntry.Alias(optional("vendor").orElse(product.vendor), required("model"))); //$NON-NLS-1$ //$NON-NLS-2$
					case "account" -> inProduct(product).accounts.add(new DefaultAccount( //$NON-NLS-1$
							optional("user"), attribute("password"), //$NON-NLS-1$ //$NON-NLS-2$
							enumValue("kind", AccountKind.class, AccountKind.ADMIN), //$NON-NLS-1$
							Boolean.parseBoolean(optional("service").orElse("false")), required("source"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					case "password" -> inProduct(product).accounts.add(new DefaultAccount(Optional.empty(), //$NON-NLS-1$
							Optional.of(attribute("value").orElseThrow(() -> error(NLS.bind(Messages.Catalog_missingAttribute, "value")))), //$NON-NLS-1$ //$NON-NLS-2$
							AccountKind.MAINTENANCE, false, required("source"))); //$NON-NLS-1$
					default -> throw error(NLS.bind(Messages.Catalog_unexpected, xml.getLocalName()));
					}
				} else if (event == XMLStreamConstants.END_ELEMENT && "product".equals(xml.getLocalName())) { //$NON-NLS-1$
					entries.add(product.build(contributor));
					product = null;
				} else if (event == XMLStreamConstants.END_ELEMENT && "catalog".equals(xml.getLocalName())) { //$NON-NLS-1$
					vendor = null;
				}
			}
			return entries;
		} catch (XMLStreamException e) {
			var at = e.getLocation();
			throw new CatalogFormatException(NLS.bind(Messages.Catalog_malformed, new Object[] { source,
					at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber(), e.getMessage() }), e);
		} finally {
			close();
		}
	}

	private void close() {
		if (xml != null) {
			try {
				xml.close();
			} catch (XMLStreamException e) {
				// nothing was kept open beyond the stream, which the caller closes
			}
		}
	}

	private ProductBuilder inProduct(ProductBuilder product) throws CatalogFormatException {
		if (product == null) {
			throw error(NLS.bind(Messages.Catalog_unexpected, xml.getLocalName()));
		}
		return product;
	}

	private Optional<String> attribute(String name) {
		return Optional.ofNullable(xml.getAttributeValue(null, name));
	}

	private Optional<String> optional(String name) {
		return attribute(name).map(String::strip).filter(s -> !s.isEmpty());
	}

	private String required(String name) throws CatalogFormatException {
		return optional(name).orElseThrow(() -> error(NLS.bind(Messages.Catalog_missingAttribute, name)));
	}

	private Optional<String> cpe(String name) throws CatalogFormatException {
		Optional<String> value = optional(name);
		if (value.isPresent() && !CPE.matcher(value.get()).matches()) {
			throw error(NLS.bind(Messages.Catalog_badCpe, name, value.get()));
		}
		return value;
	}

	private Optional<LocalDate> date(String name) throws CatalogFormatException {
		Optional<String> value = optional(name);
		try {
			return value.map(LocalDate::parse);
		} catch (DateTimeParseException e) {
			throw error(NLS.bind(Messages.Catalog_badDate, name, value.get()));
		}
	}

	private <E extends Enum<E>> E enumValue(String name, Class<E> type, E fallback) throws CatalogFormatException {
		Optional<String> value = optional(name);
		if (value.isEmpty()) {
			return fallback;
		}
		try {
			return Enum.valueOf(type, value.get());
		} catch (IllegalArgumentException e) {
			throw error(NLS.bind(Messages.Catalog_badValue, name, value.get()));
		}
	}

	private CatalogFormatException error(String what) {
		var at = xml.getLocation();
		return new CatalogFormatException(NLS.bind(Messages.Catalog_at, new Object[] { source, at.getLineNumber(),
				at.getColumnNumber(), what }));
	}

	/** Collects one product while its element is open. */
	private static final class ProductBuilder {
		final String vendor;
		final String vendorJa;
		String model;
		String modelJa;
		DeviceCategory category;
		NetworkDeviceType networkType;
		Optional<String> hardwareCpe;
		Optional<String> firmwareCpe;
		Optional<String> versionScheme;
		Optional<LocalDate> endOfSale;
		Optional<LocalDate> endOfSupport;
		final List<CatalogEntry.Alias> aliases = new ArrayList<>();
		final List<DefaultAccount> accounts = new ArrayList<>();

		ProductBuilder(String vendor, String vendorJa) {
			this.vendor = vendor;
			this.vendorJa = vendorJa;
		}

		CatalogEntry build(String contributor) {
			return new CatalogEntry(vendor, vendorJa, model, modelJa, aliases, category, networkType, hardwareCpe, firmwareCpe,
					versionScheme, endOfSale, endOfSupport, accounts, contributor);
		}
	}

	/** For callers that read from a URL: wraps the I/O error with the file's name. */
	public static CatalogFormatException unreadable(String source, IOException e) {
		return new CatalogFormatException(NLS.bind(Messages.Catalog_unreadable, source, e.getMessage()), e);
	}
}
