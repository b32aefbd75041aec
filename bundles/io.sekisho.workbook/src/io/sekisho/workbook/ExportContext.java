package io.sekisho.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.model.ThemesTable;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import io.sekisho.workbook.sheet.CellStyles;
import io.sekisho.workbook.sheet.TableWriter;

/**
 * What a {@link SheetContributor} writes with: the streaming workbook, its shared styles, the language, the
 * data being exported (looked up by type, e.g. the facility model), and the list of sheets for the cover.
 */
public final class ExportContext {

	/** Excel's limit on sheet names. */
	static final int MAX_SHEET_NAME = 31;

	private final SXSSFWorkbook workbook;
	private final CellStyles styles;
	private final WorkbookLanguage language;
	private final Map<Class<?>, Object> data = new HashMap<>();
	private final List<SheetEntry> contents = new ArrayList<>();

	public ExportContext(SXSSFWorkbook workbook, WorkbookLanguage language) {
		this.workbook = workbook;
		addTheme(workbook.getXSSFWorkbook());
		this.styles = new CellStyles(workbook);
		this.language = language;
	}

	/** Adds a complete theme part (POI's own is empty): without one LibreOffice draws charts without colour. */
	private static void addTheme(XSSFWorkbook workbook) {
		if (workbook.getStylesSource().getTheme() != null) {
			return;
		}
		ThemesTable theme = (ThemesTable) workbook.createRelationship(XSSFRelation.THEME, XSSFFactory.getInstance(), 1);
		try (InputStream in = ExportContext.class.getResourceAsStream("theme.xml")) { //$NON-NLS-1$
			theme.readFrom(in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		workbook.getStylesSource().setTheme(theme);
	}

	public SXSSFWorkbook workbook() {
		return workbook;
	}

	public CellStyles styles() {
		return styles;
	}

	public WorkbookLanguage language() {
		return language;
	}

	/** Makes {@code value} available to contributors under {@code type}. */
	public <T> void put(Class<T> type, T value) {
		data.put(type, value);
	}

	/** @return the exported data of a type, e.g. {@code data(FacilityWorkbook.class)} */
	public <T> Optional<T> data(Class<T> type) {
		return Optional.ofNullable(type.cast(data.get(type)));
	}

	/**
	 * Creates a sheet listed on the cover. An invalid or too long name is made valid, a taken name gets a number.
	 *
	 * @param description one line for the cover's table of contents
	 */
	public Sheet createSheet(String name, String description) {
		String unique = uniqueName(WorkbookUtil.createSafeSheetName(name));
		Sheet sheet = workbook.createSheet(unique);
		contents.add(new SheetEntry(unique, description));
		return sheet;
	}

	/** Creates a sheet listed on the cover, with a table writer on it. */
	public TableWriter createTable(String name, String description) {
		return new TableWriter(createSheet(name, description), styles);
	}

	/** @return the non-streaming view of a sheet, for drawings and charts (which SXSSF cannot create) */
	public XSSFSheet drawingView(Sheet sheet) {
		return workbook.getXSSFWorkbook().getSheet(sheet.getSheetName());
	}

	/** @return the sheets created so far, in order */
	public List<SheetEntry> contents() {
		return Collections.unmodifiableList(contents);
	}

	private String uniqueName(String name) {
		String candidate = name;
		for (int n = 2; workbook.getSheetIndex(candidate) >= 0; n++) {
			String suffix = " (" + n + ")"; //$NON-NLS-1$ //$NON-NLS-2$
			candidate = name.substring(0, Math.min(name.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
		}
		return candidate;
	}
}
