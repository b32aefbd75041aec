package io.sekisho.workbook.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.eclipse.osgi.util.NLS;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the cells of selected sheets of an .xlsx a user sent back, defensively: the file type is checked by its
 * first bytes, zip entries are inflated with POI's zip-bomb guard, sheets are parsed as a SAX stream by POI's
 * secure XML reader (no DOCTYPE, no external entities) and parsing stops at the row and column limits, so memory
 * stays bounded whatever the file holds. Password-protected workbooks are decrypted in memory.
 */
public final class XlsxReader {

	/** Supplies the password of an encrypted workbook; asked only when the file is encrypted. */
	@FunctionalInterface
	public interface PasswordSource {
		/** @return the password, or {@code null} when none can be given */
		char[] password() throws IOException;
	}

	static {
		// POI's zip guards are global; these values only tighten its defaults
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(256L * 1024 * 1024);
	}

	/**
	 * The highest key-derivation spin count accepted in an encrypted workbook: Excel and Sekisho write 100,000; a
	 * crafted 2^31 costs minutes of CPU per password attempt.
	 */
	public static final int MAX_SPIN_COUNT = 1_000_000;

	private final ReadLimits limits;

	public XlsxReader(ReadLimits limits) {
		this.limits = limits;
	}

	public XlsxReader() {
		this(ReadLimits.defaults());
	}

	/**
	 * @param sheets which sheets to read, by name; the others are skipped unparsed
	 * @return the cells of the selected sheets, in workbook order
	 */
	public Map<String, SheetCells> read(Path file, Predicate<String> sheets, PasswordSource passwords)
			throws WorkbookReadException {
		return read(file, sheets, passwords, () -> false);
	}

	/**
	 * @param cancelled asked between rows; when it answers true the read stops with a CancellationException
	 * @return the cells of the selected sheets, in workbook order
	 */
	public Map<String, SheetCells> read(Path file, Predicate<String> sheets, PasswordSource passwords, BooleanSupplier cancelled)
			throws WorkbookReadException {
		io.sekisho.workbook.internal.PrivateTempFiles.install(); // POI's temporary files in a private folder
		long size = sizeOf(file);
		FileMagic magic = magicOf(file);
		try (OPCPackage pkg = open(file, size, magic, passwords)) {
			checkCancelled(cancelled);
			checkPartSizes(file, pkg);
			return readSheets(file, pkg, sheets, cancelled);
		} catch (IOException e) {
			throw translate(file, e);
		}
	}

	private static void checkCancelled(BooleanSupplier cancelled) {
		if (cancelled.getAsBoolean()) {
			throw new CancellationException();
		}
	}

	/** Refuses a shared-strings or styles part larger than the limits before POI parses it into memory. */
	private void checkPartSizes(Path file, OPCPackage pkg) throws WorkbookReadException {
		try {
			for (PackagePart part : pkg.getParts()) {
				String type = part.getContentType();
				long max = XSSFRelation.SHARED_STRINGS.getContentType().equals(type) ? limits.maxSharedStringsBytes()
						: XSSFRelation.STYLES.getContentType().equals(type) ? limits.maxStylesBytes() : -1;
				if (max >= 0 && part.getSize() > max) {
					throw new WorkbookReadException(file, NLS.bind(Messages.Read_partTooLarge,
							new Object[] { part.getPartName().getName(), part.getSize(), max }), null);
				}
			}
		} catch (InvalidFormatException e) {
			throw new WorkbookReadException(file, NLS.bind(Messages.Read_damaged, e.getMessage()), e);
		}
	}

	private long sizeOf(Path file) throws WorkbookReadException {
		try {
			long size = Files.size(file);
			if (size == 0) {
				throw new WorkbookReadException(file, Messages.Read_empty, null);
			}
			if (size > limits.maxFileBytes()) {
				throw new WorkbookReadException(file, NLS.bind(Messages.Read_tooLarge, size, limits.maxFileBytes()), null);
			}
			return size;
		} catch (NoSuchFileException e) {
			throw new WorkbookReadException(file, Messages.Read_notFound, e);
		} catch (IOException e) {
			throw new WorkbookReadException(file, e.toString(), e);
		}
	}

	private static FileMagic magicOf(Path file) throws WorkbookReadException {
		try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
			return FileMagic.valueOf(in);
		} catch (IOException e) {
			throw new WorkbookReadException(file, e.toString(), e);
		}
	}

	private OPCPackage open(Path file, long size, FileMagic magic, PasswordSource passwords)
			throws WorkbookReadException, IOException {
		try {
			switch (magic) {
			case OOXML:
				return OPCPackage.open(file.toFile(), PackageAccess.READ);
			case OLE2:
				return OPCPackage.open(new ByteArrayInputStream(decrypt(file, passwords)));
			case BIFF2, BIFF3, BIFF4:
				throw new WorkbookReadException(file, Messages.Read_legacyXls, null);
			default:
				throw new WorkbookReadException(file, NLS.bind(Messages.Read_notXlsx, magic.name()), null);
			}
		} catch (InvalidFormatException | NotOfficeXmlFileException e) {
			throw new WorkbookReadException(file, NLS.bind(Messages.Read_damaged, e.getMessage()), e);
		}
	}

	private byte[] decrypt(Path file, PasswordSource passwords) throws WorkbookReadException, IOException {
		try (POIFSFileSystem container = new POIFSFileSystem(file.toFile(), true)) {
			if (container.getRoot().hasEntryCaseInsensitive("Workbook") || container.getRoot().hasEntryCaseInsensitive("Book")) { //$NON-NLS-1$ //$NON-NLS-2$
				throw new WorkbookReadException(file, Messages.Read_legacyXls, null);
			}
			if (!container.getRoot().hasEntryCaseInsensitive("EncryptionInfo")) { //$NON-NLS-1$
				throw new WorkbookReadException(file, Messages.Read_oleNotEncrypted, null);
			}
			EncryptionInfo info;
			try {
				info = new EncryptionInfo(container);
			} catch (RuntimeException e) { // POI's parse of a crafted EncryptionInfo (numbers out of range ...)
				throw new WorkbookReadException(file, NLS.bind(Messages.Read_damaged, e.getMessage()), e);
			}
			// the file chooses the cost of checking a password: refuse an absurd one before spending it
			int spinCount = info.getVerifier() == null ? 0 : info.getVerifier().getSpinCount();
			if (spinCount > MAX_SPIN_COUNT || spinCount < 0) {
				throw new WorkbookReadException(file, NLS.bind(Messages.Read_spinCount, Integer.toUnsignedString(spinCount), MAX_SPIN_COUNT), null);
			}
			Decryptor decryptor = Decryptor.getInstance(info);
			char[] password = passwords == null ? null : passwords.password();
			if (password == null || password.length == 0) {
				throw new WorkbookReadException(file, Messages.Read_passwordNeeded, null);
			}
			boolean verified;
			try {
				verified = decryptor.verifyPassword(new String(password));
			} finally {
				java.util.Arrays.fill(password, '\0');
			}
			if (!verified) {
				throw new WorkbookReadException(file, Messages.Read_wrongPassword, null);
			}
			try (InputStream plain = decryptor.getDataStream(container)) {
				// one byte more than allowed tells a too large package apart without reading all of it
				byte[] bytes = plain.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
				if (bytes.length > limits.maxFileBytes()) {
					throw new WorkbookReadException(file, NLS.bind(Messages.Read_tooLarge, decryptor.getLength(), limits.maxFileBytes()), null);
				}
				return bytes;
			}
		} catch (GeneralSecurityException | EncryptedDocumentException | RecordFormatException e) {
			throw new WorkbookReadException(file, NLS.bind(Messages.Read_damaged, e.getMessage()), e);
		}
	}

	private Map<String, SheetCells> readSheets(Path file, OPCPackage pkg, Predicate<String> wanted, BooleanSupplier cancelled)
			throws WorkbookReadException, IOException {
		long[] totalChars = { 0 };
		Map<String, SheetCells> result = new LinkedHashMap<>();
		try {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			StylesTable styles = reader.getStylesTable();
			XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator) reader.getSheetsData();
			while (iterator.hasNext()) {
				try (InputStream sheetXml = iterator.next()) {
					String name = iterator.getSheetName();
					if (!wanted.test(name)) {
						continue;
					}
					SheetCells cells = new SheetCells(name);
					parseSheet(file, sheetXml, styles, strings, cells, totalChars, cancelled);
					result.put(name, cells);
				}
			}
			return result;
		} catch (OpenXML4JException | POIXMLException | OpenXML4JRuntimeException | IllegalArgumentException e) {
			if (e.getMessage() != null && e.getMessage().contains("Zip bomb")) { //$NON-NLS-1$
				throw new WorkbookReadException(file, NLS.bind(Messages.Read_zipBomb, e.getMessage()), e);
			}
			throw new WorkbookReadException(file, NLS.bind(Messages.Read_damaged, e.getMessage()), e);
		} catch (SAXException e) {
			throw new WorkbookReadException(file, NLS.bind(Messages.Read_badXml, e.getMessage()), e);
		}
	}

	private void parseSheet(Path file, InputStream xml, StylesTable styles, ReadOnlySharedStringsTable strings,
			SheetCells cells, long[] totalChars, BooleanSupplier cancelled) throws WorkbookReadException, IOException {
		Collector collector = new Collector(cells, totalChars, cancelled);
		try {
			XMLReader parser = XMLHelper.newXMLReader();
			parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, collector, new IsoDateFormatter(), false));
			parser.parse(new InputSource(xml));
		} catch (LimitReached e) {
			throw new WorkbookReadException(file, cells.name(), e.cell, e.getMessage(), null);
		} catch (SAXException | javax.xml.parsers.ParserConfigurationException e) {
			throw new WorkbookReadException(file, cells.name(), null, NLS.bind(Messages.Read_badXml, e.getMessage()), e);
		} catch (CancellationException e) {
			throw e;
		} catch (RuntimeException e) {
			throw new WorkbookReadException(file, cells.name(), null, NLS.bind(Messages.Read_damaged, e.getMessage()), e);
		}
	}

	private static WorkbookReadException translate(Path file, IOException e) {
		String message = String.valueOf(e.getMessage());
		if (message.contains("Zip bomb") || message.contains("max size")) { //$NON-NLS-1$ //$NON-NLS-2$
			return new WorkbookReadException(file, NLS.bind(Messages.Read_zipBomb, message), e);
		}
		return new WorkbookReadException(file, NLS.bind(Messages.Read_damaged, message), e);
	}

	/** Stops the parse when a limit is reached; carries the cell where it happened. */
	private static final class LimitReached extends RuntimeException {
		private static final long serialVersionUID = 1L;
		final String cell;

		LimitReached(String message, String cell) {
			super(message, null, false, false);
			this.cell = cell;
		}
	}

	/** Keeps the cell values, enforcing the limits while the SAX stream runs. */
	private final class Collector implements SheetContentsHandler {
		private final SheetCells cells;
		private final long[] totalChars;
		private final BooleanSupplier cancelled;
		private int row;

		Collector(SheetCells cells, long[] totalChars, BooleanSupplier cancelled) {
			this.cells = cells;
			this.totalChars = totalChars;
			this.cancelled = cancelled;
		}

		@Override
		public void startRow(int rowNum) {
			row = rowNum;
			checkCancelled(cancelled);
			if (rowNum >= limits.maxRowsPerSheet()) {
				throw new LimitReached(NLS.bind(Messages.Read_tooManyRows, limits.maxRowsPerSheet()),
						SheetCells.reference(rowNum, 0));
			}
		}

		@Override
		public void endRow(int rowNum) {
			// nothing to do at the end of a row
		}

		@Override
		public void cell(String reference, String formattedValue, XSSFComment comment) {
			int column = reference == null ? 0 : new org.apache.poi.ss.util.CellReference(reference).getCol();
			if (column >= limits.maxColumns()) {
				throw new LimitReached(NLS.bind(Messages.Read_tooManyColumns, limits.maxColumns()), reference);
			}
			if (column >= limits.keptColumns()) {
				return; // no reader looks there: not kept, not counted
			}
			if (formattedValue != null && !formattedValue.isEmpty()) {
				int length = Math.min(formattedValue.length(), limits.maxCellChars());
				totalChars[0] += length;
				if (totalChars[0] > limits.maxTotalChars()) {
					throw new LimitReached(NLS.bind(Messages.Read_tooMuchText, limits.maxTotalChars()), reference);
				}
				String value = formattedValue.length() > limits.maxCellChars()
						? formattedValue.substring(0, limits.maxCellChars())
						: formattedValue;
				cells.put(row, column, value);
			}
		}
	}

	/** Formats date cells as ISO dates whatever their display format, so that readers need not guess it. */
	private static final class IsoDateFormatter extends DataFormatter {
		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			if ((DateUtil.isADateFormat(formatIndex, formatString) || isJapaneseEraFormat(formatString))
					&& DateUtil.isValidExcelDate(value)) {
				return DateUtil.getLocalDateTime(value).toLocalDate().toString();
			}
			return super.formatRawCellContents(value, formatIndex, formatString);
		}

		/** Japanese era formats (令和7年6月30日 = [$-411]ggge"年"m"月"d"日") that POI does not take for dates. */
		private static boolean isJapaneseEraFormat(String format) {
			return format != null && (format.contains("ge") || format.contains("gge")) && format.contains("d"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}
}
