package io.sekisho.workbook.internal.sheets;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFPieChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

import io.sekisho.checklist.assessment.Assessments;
import io.sekisho.core.labels.ChartColours;
import io.sekisho.core.labels.PasswordVerdict;
import io.sekisho.checklist.assessment.FormKinds;
import io.sekisho.checklist.assessment.Progress;
import io.sekisho.checklist.assessment.SectionProgress;
import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Finding;
import io.sekisho.model.facility.FindingStatus;
import io.sekisho.model.facility.FirmwareRecord;
import io.sekisho.model.facility.FirmwareStatus;
import io.sekisho.model.facility.Severity;
import io.sekisho.workbook.ExportContext;
import io.sekisho.workbook.Handover;
import io.sekisho.workbook.SheetContributor;
import io.sekisho.workbook.WorkbookLanguage;
import io.sekisho.workbook.WorkbookTexts;
import io.sekisho.workbook.sheet.CellStyles;
import io.sekisho.workbook.sheet.PrintLayout;
import io.sekisho.workbook.sheet.RowHeights;

/**
 * サマリー: checklist progress per section, findings by severity, password verdicts and firmware status, with two
 * native Excel charts (open findings by severity as columns, firmware status as a pie) that read the cells of the
 * tables, so they stay right when the facility edits the numbers.
 */
public final class SummarySheetContributor implements SheetContributor {

	/** Charts sit right of the tables, from this column, over this many columns of this width. */
	static final int CHART_COLUMN = 6;
	static final int CHART_COLUMNS = 8;
	static final int CHART_COLUMN_WIDTH = 9;

	/** Widths of the table columns: the label column, the numbers, a gap before the charts. */
	static final int LABEL_WIDTH = 36;
	static final int NUMBER_WIDTH = 14;
	static final int GAP_WIDTH = 2;

	/**
	 * Explicit colours of the bars and slices (RGB): a chart whose series has no fill of its own takes theme
	 * colours, which LibreOffice does not draw from a file without a theme, and Excel draws in its own order.
	 */
	static final Map<Severity, byte[]> SEVERITY_COLOURS = colours(Severity.VALUES, ChartColours::of);
	static final Map<FirmwareStatus, byte[]> FIRMWARE_COLOURS = colours(FirmwareStatus.VALUES, ChartColours::of);

	/** The colours of {@link ChartColours}, which the rich client's overview uses too. */
	private static <E extends Enum<E>> Map<E, byte[]> colours(List<E> values, java.util.function.ToIntFunction<E> colour) {
		Map<E, byte[]> colours = new java.util.HashMap<>();
		for (E value : values) {
			int[] rgb = ChartColours.parts(colour.applyAsInt(value));
			colours.put(value, rgb(rgb[0], rgb[1], rgb[2]));
		}
		return Map.copyOf(colours);
	}

	private static byte[] rgb(int r, int g, int b) {
		return new byte[] { (byte) r, (byte) g, (byte) b };
	}

	private static XDDFSolidFillProperties fill(byte[] rgb) {
		return new XDDFSolidFillProperties(XDDFColor.from(rgb));
	}

	@Override
	public void contribute(ExportContext context) {
		new Writer(context).write();
	}

	/** The state of writing one summary sheet. */
	private static final class Writer {
		private final ExportContext context;
		private Sheet sheet;
		private CellStyles styles;
		private int nextRow;
		/** What {@link #counts} wrote, by row: the charts take their data from here, not from the sheet, whose
		 *  rows a streaming workbook may already have flushed (the encrypted export keeps only 20). */
		private final java.util.Map<Integer, String> labels = new java.util.HashMap<>();
		private final java.util.Map<Integer, int[]> numbers = new java.util.HashMap<>();

		Writer(ExportContext context) {
			this.context = context;
		}

		void write() {
			Handover handover = Sheets.handover(context);
			FacilityWorkbook facility = handover.facility();
			WorkbookTexts texts = SheetTexts.of(context);
			styles = context.styles();
			sheet = context.createSheet(texts.get("sheet.summary"), texts.get("sheet.summary.description")); //$NON-NLS-1$ //$NON-NLS-2$
			nextRow = 0;
			line(texts.get("summary.title"), styles.title()); //$NON-NLS-1$
			nextRow++;

			writeProgress(context, handover, texts);
			nextRow++;
			int findingsFirst = writeFindings(facility, texts);
			nextRow++;
			writePasswords(facility, texts);
			nextRow++;
			int firmwareFirst = writeFirmware(facility, texts);

			sheet.setColumnWidth(0, LABEL_WIDTH * 256);
			for (int c = 1; c < CHART_COLUMN - 1; c++) {
				sheet.setColumnWidth(c, NUMBER_WIDTH * 256);
			}
			sheet.setColumnWidth(CHART_COLUMN - 1, GAP_WIDTH * 256);
			for (int c = CHART_COLUMN; c < CHART_COLUMN + CHART_COLUMNS; c++) {
				sheet.setColumnWidth(c, CHART_COLUMN_WIDTH * 256);
			}
			PrintLayout.apply(sheet, PrintLayout.visibleWidth(sheet, CHART_COLUMN + CHART_COLUMNS - 1), -1);
			XSSFDrawing drawing = context.drawingView(sheet).createDrawingPatriarch();
			findingsChart(drawing, texts, findingsFirst);
			firmwareChart(drawing, texts, firmwareFirst);
		}

		private void writeProgress(ExportContext context, Handover handover, WorkbookTexts texts) {
			FacilityWorkbook facility = handover.facility();
			ChecklistAssessment assessment = Assessments.facilityAssessment(facility, handover.edition().getId())
					.orElseGet(() -> Assessments.newFacilityAssessment(facility, handover.edition()));
			Progress progress = Progress.of(assessment, handover.edition());
			String formKey = "sheet.checklist." + FormKinds.facilityForm(facility).getLiteral(); //$NON-NLS-1$
			line(texts.bind("summary.progress", texts.get(formKey)), styles.label()); //$NON-NLS-1$
			header(texts, "summary.section", "summary.slots", "summary.answered", "summary.no", "summary.noWithoutTarget"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			boolean ja = context.language() == WorkbookLanguage.JA;
			for (SectionProgress s : progress.sections()) {
				String title = s.section().getNumber() + " " //$NON-NLS-1$
						+ CertaintyMarkers.strip(ja ? s.section().getTitleJa() : s.section().getTitleEn());
				counts(title, s.slots(), s.answered(), s.no(), s.noWithoutTarget());
			}
			SectionProgress total = progress.total();
			counts(texts.get("summary.total"), total.slots(), total.answered(), total.no(), total.noWithoutTarget()); //$NON-NLS-1$
		}

		/** @return the row of the first severity (for the chart) */
		private int writeFindings(FacilityWorkbook facility, WorkbookTexts texts) {
			line(texts.get("summary.findings"), styles.label()); //$NON-NLS-1$
			header(texts, "summary.severity", "summary.open", "summary.all"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map<Severity, int[]> bySeverity = new EnumMap<>(Severity.class);
			for (Finding f : facility.getFindings()) {
				int[] count = bySeverity.computeIfAbsent(f.getSeverity(), s -> new int[2]);
				count[1]++;
				if (f.getStatus() == FindingStatus.OPEN || f.getStatus() == FindingStatus.IN_PROGRESS) {
					count[0]++;
				}
			}
			int first = nextRow;
			for (Severity s : severitiesMostSevereFirst()) {
				int[] count = bySeverity.getOrDefault(s, new int[2]);
				counts(SheetTexts.label(texts, s), count[0], count[1]);
			}
			return first;
		}

		private void writePasswords(FacilityWorkbook facility, WorkbookTexts texts) {
			line(texts.get("summary.passwords"), styles.label()); //$NON-NLS-1$
			header(texts, "summary.verdict", "summary.accounts"); //$NON-NLS-1$ //$NON-NLS-2$
			Map<PasswordVerdict, Integer> counts = new EnumMap<>(PasswordVerdict.class);
			for (Account a : facility.getAccounts()) {
				counts.merge(PasswordVerdict.of(a), 1, Integer::sum);
			}
			for (PasswordVerdict v : PasswordVerdict.values()) {
				counts(v.label(context.language().locale()), counts.getOrDefault(v, 0));
			}
		}

		/** @return the row of the first status (for the chart) */
		private int writeFirmware(FacilityWorkbook facility, WorkbookTexts texts) {
			line(texts.get("summary.firmware"), styles.label()); //$NON-NLS-1$
			header(texts, "summary.status", "summary.records"); //$NON-NLS-1$ //$NON-NLS-2$
			Map<FirmwareStatus, Integer> counts = new EnumMap<>(FirmwareStatus.class);
			for (FirmwareRecord r : facility.getFirmwareRecords()) {
				counts.merge(r.getStatus(), 1, Integer::sum);
			}
			int first = nextRow;
			for (FirmwareStatus s : FirmwareStatus.VALUES) {
				counts(SheetTexts.label(texts, s), counts.getOrDefault(s, 0));
			}
			return first;
		}

		private static List<Severity> severitiesMostSevereFirst() {
			List<Severity> order = new ArrayList<>(Severity.VALUES);
			java.util.Collections.reverse(order);
			return order;
		}

		private void findingsChart(XSSFDrawing drawing, WorkbookTexts texts, int first) {
			int last = first + Severity.VALUES.size() - 1;
			XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, CHART_COLUMN, 2, CHART_COLUMN + CHART_COLUMNS, 18));
			chart.setTitleText(texts.get("summary.chart.findings")); //$NON-NLS-1$
			chart.setTitleOverlay(false);
			XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
			XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
			values.setCrosses(AxisCrosses.AUTO_ZERO);
			XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
			data.setBarDirection(BarDirection.COL);
			data.setVaryColors(false);
			XDDFChartData.Series series = data.addSeries(categorySource(first, last), numberSource(first, last, 1));
			series.setTitle(texts.get("summary.open"), null); //$NON-NLS-1$
			series.setFillProperties(fill(SEVERITY_COLOURS.get(Severity.HIGH)));
			chart.plot(data);
			List<Severity> order = severitiesMostSevereFirst();
			for (int i = 0; i < order.size(); i++) {
				series.getDataPoint(i).setFillProperties(fill(SEVERITY_COLOURS.get(order.get(i))));
			}
		}

		private void firmwareChart(XSSFDrawing drawing, WorkbookTexts texts, int first) {
			int last = first + FirmwareStatus.VALUES.size() - 1;
			XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, CHART_COLUMN, 20, CHART_COLUMN + CHART_COLUMNS, 36));
			chart.setTitleText(texts.get("summary.chart.firmware")); //$NON-NLS-1$
			chart.setTitleOverlay(false);
			chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
			XDDFPieChartData data = (XDDFPieChartData) chart.createData(ChartTypes.PIE, null, null);
			data.setVaryColors(true);
			XDDFChartData.Series series = data.addSeries(categorySource(first, last), numberSource(first, last, 1));
			series.setTitle(texts.get("summary.records"), null); //$NON-NLS-1$
			series.setFillProperties(fill(FIRMWARE_COLOURS.get(FirmwareStatus.UNKNOWN)));
			chart.plot(data);
			for (int i = 0; i < FirmwareStatus.VALUES.size(); i++) {
				series.getDataPoint(i).setFillProperties(fill(FIRMWARE_COLOURS.get(FirmwareStatus.VALUES.get(i))));
			}
		}

		/** The labels of column A, rows first..last, as the chart's cached categories and formula. */
		private XDDFCategoryDataSource categorySource(int first, int last) {
			String[] labels = new String[last - first + 1];
			for (int r = first; r <= last; r++) {
				labels[r - first] = this.labels.get(r);
			}
			return XDDFDataSourcesFactory.fromArray(labels, range(first, last, 0));
		}

		private XDDFNumericalDataSource<Integer> numberSource(int first, int last, int column) {
			Integer[] numbers = new Integer[last - first + 1];
			for (int r = first; r <= last; r++) {
				numbers[r - first] = this.numbers.get(r)[column - 1];
			}
			return XDDFDataSourcesFactory.fromArray(numbers, range(first, last, column));
		}

		private String range(int first, int last, int column) {
			return new CellRangeAddress(first, last, column, column).formatAsString(sheet.getSheetName(), true);
		}

		private void line(String text, CellStyle style) {
			cell(sheet.createRow(nextRow++), 0, style).setCellValue(text);
		}

		private void header(WorkbookTexts texts, String... keys) {
			Row row = sheet.createRow(nextRow++);
			int lines = 1;
			for (int c = 0; c < keys.length; c++) {
				String title = texts.get(keys[c]);
				cell(row, c, styles.header()).setCellValue(title);
				lines = Math.max(lines, RowHeights.lines(title, c == 0 ? LABEL_WIDTH : NUMBER_WIDTH));
			}
			if (lines > 1) {
				row.setHeightInPoints(RowHeights.points(lines));
			}
		}

		private void counts(String label, int... values) {
			labels.put(nextRow, label);
			numbers.put(nextRow, values.clone());
			Row row = sheet.createRow(nextRow++);
			cell(row, 0, styles.text()).setCellValue(label);
			for (int c = 0; c < values.length; c++) {
				cell(row, c + 1, styles.number()).setCellValue(values[c]);
			}
		}

		private static Cell cell(Row row, int column, CellStyle style) {
			Cell cell = row.createCell(column);
			cell.setCellStyle(style);
			return cell;
		}
	}
}
