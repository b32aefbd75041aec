package io.sekisho.netmap.internal.sheet;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Identified;
import io.sekisho.netmap.Diagrams;
import io.sekisho.netmap.analysis.AnalysisReport;
import io.sekisho.netmap.analysis.Names;
import io.sekisho.netmap.analysis.NetworkAnalysis;
import io.sekisho.netmap.analysis.RuleNames;
import io.sekisho.netmap.analysis.RuleResult;
import io.sekisho.netmap.notation.Diagram;
import io.sekisho.netmap.render.MapPictures;
import io.sekisho.netmap.render.MapScene;
import io.sekisho.workbook.ExportContext;
import io.sekisho.workbook.Handover;
import io.sekisho.workbook.SheetContributor;
import io.sekisho.workbook.WorkbookTexts;
import io.sekisho.workbook.sheet.RowHeights;
import io.sekisho.workbook.sheet.TableWriter;

/**
 * ネットワーク構成図: the picture of the map (as saved, with rule badges; what has no place yet is laid out for the
 * picture only), then the external connection points, then the analysis results. Everything in the workbook's
 * language, whatever the program's: headers, rule names and the rules' messages.
 */
public final class NetworkMapSheet implements SheetContributor {

	/** Width of the picture in pixels (about the five columns below it). */
	private static final int PICTURE_WIDTH = 1400;
	private static final int ROW_PIXELS = 20;
	private static final int[] COLUMN_CHARS = { 28, 34, 16, 36, 90 };

	@Override
	public void contribute(ExportContext context) throws IOException {
		Handover handover = context.data(Handover.class).orElse(null);
		if (handover == null) {
			return;
		}
		FacilityWorkbook facility = handover.facility();
		Locale locale = context.language().locale();
		// like every sheet: texts loaded for the workbook's language, never by the JVM's fallback to its own locale
		WorkbookTexts texts = WorkbookTexts.load(NetworkMapSheet.class, "sheet", context.language()); //$NON-NLS-1$
		NetworkAnalysis analysis = NetworkAnalysis.fromPlatform();
		AnalysisReport report = analysis.run(facility, locale);
		Diagram diagram = Diagrams.find(facility.eResource()).map(EcoreUtil::copy).orElseGet(() -> Diagrams.create(facility));
		MapScene scene = MapScene.of(facility, diagram, report);

		Sheet sheet = context.createSheet(texts.get("sheet.name"), texts.get("sheet.description")); //$NON-NLS-1$ //$NON-NLS-2$
		TableWriter table = new TableWriter(sheet, context.styles());
		String facilityName = facility.getFacility() == null || facility.getFacility().getName() == null ? "" : facility.getFacility().getName(); //$NON-NLS-1$
		table.line().cell(texts.bind("title", facilityName), context.styles().title()); //$NON-NLS-1$
		table.skipLine();

		int pictureRow = 2;
		BufferedImage image = MapPictures.image(scene, Math.min(1.0, PICTURE_WIDTH / Math.max(1.0, scene.bounds().getWidth() + 48)));
		int rows = (int) Math.ceil(image.getHeight() * (double) PICTURE_WIDTH / image.getWidth() / ROW_PIXELS) + 1;
		for (int i = 0; i < rows; i++) {
			table.skipLine();
		}
		addPicture(context, sheet, image, pictureRow, rows);

		table.line().cell(texts.get("connections"), context.styles().label()); //$NON-NLS-1$
		headerLine(table, context, texts, "connection.name", "connection.counterpart", "connection.gateway", "connection.zone", "connection.results"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		for (ExternalConnection c : facility.getExternalConnections()) {
			int count = (int) report.results().stream().filter(r -> r.names(c) || c.getGateway() != null && r.names(c.getGateway())).count();
			table.line().cell(c.getName(), context.styles().text())
					.cell(c.getCounterpart() == null ? texts.get("none") : c.getCounterpart().getName(), context.styles().text()) //$NON-NLS-1$
					.cell(c.getGateway() == null ? texts.get("none") : c.getGateway().getName(), context.styles().text()) //$NON-NLS-1$
					.cell(c.getZone() == null ? texts.get("none") : c.getZone().getName(), context.styles().text()) //$NON-NLS-1$
					.cell(String.valueOf(count), context.styles().text());
		}
		table.skipLine();
		table.line().cell(texts.get("results"), context.styles().label()); //$NON-NLS-1$
		// the elements span columns C and D, the message has the wide column E: printed, nothing is cut
		TableWriter.RowWriter header = headerLine(table, context, texts, "result.severity", "result.rule", "result.elements"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		header.empty(context.styles().header()).cell(texts.get("result.message"), context.styles().header()); //$NON-NLS-1$
		mergeElements(sheet, header.row().getRowNum());
		Map<String, String> ruleNames = new HashMap<>();
		analysis.rules().forEach(d -> ruleNames.put(d.id(), RuleNames.name(d, locale)));
		for (RuleResult r : report.results()) {
			String rule = ruleNames.getOrDefault(r.ruleId(), ""); //$NON-NLS-1$
			String elements = elements(r);
			TableWriter.RowWriter row = table.line().cell(texts.get("severity." + r.severity().name()), context.styles().text()) //$NON-NLS-1$
					.cell(rule, context.styles().text()).cell(elements, context.styles().text())
					.empty(context.styles().text()).cell(r.message(), context.styles().text());
			mergeElements(sheet, row.row().getRowNum());
			int lines = Math.max(RowHeights.lines(rule, COLUMN_CHARS[1]), Math.max(
					RowHeights.lines(elements, COLUMN_CHARS[2] + COLUMN_CHARS[3]), RowHeights.lines(r.message(), COLUMN_CHARS[4])));
			if (lines > 1) {
				row.row().setHeightInPoints(RowHeights.points(lines));
			}
		}
		for (int c = 0; c < COLUMN_CHARS.length; c++) {
			sheet.setColumnWidth(c, COLUMN_CHARS[c] * 256);
		}
		TableWriter.printA4Landscape(sheet, -1);
	}

	private static TableWriter.RowWriter headerLine(TableWriter table, ExportContext context, WorkbookTexts texts, String... keys) {
		TableWriter.RowWriter row = table.line();
		for (String key : keys) {
			row.cell(texts.get(key), context.styles().header());
		}
		return row;
	}

	/** The elements of a result row take columns C and D. */
	private static void mergeElements(Sheet sheet, int row) {
		sheet.addMergedRegion(new CellRangeAddress(row, row, 2, 3));
	}

	private static String elements(RuleResult r) {
		List<String> names = new ArrayList<>();
		for (Identified e : r.elements()) {
			names.add(Names.of(e));
		}
		return String.join(r.path() ? " → " : "、", names); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void addPicture(ExportContext context, Sheet sheet, BufferedImage image, int row, int rows) throws IOException {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		MapPictures.png(image, png);
		int index = context.workbook().addPicture(png.toByteArray(), Workbook.PICTURE_TYPE_PNG);
		XSSFDrawing drawing = context.drawingView(sheet).createDrawingPatriarch();
		// five columns wide, as many rows as the picture's aspect needs
		XSSFClientAnchor anchor = new XSSFClientAnchor(0, 0, 0, 0, 0, row, COLUMN_CHARS.length, row + rows - 1);
		anchor.setAnchorType(org.apache.poi.ss.usermodel.ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
		drawing.createPicture(anchor, index);
	}
}
