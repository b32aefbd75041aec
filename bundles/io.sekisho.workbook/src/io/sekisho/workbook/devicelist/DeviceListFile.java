package io.sekisho.workbook.devicelist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import io.sekisho.workbook.read.SheetCells;
import io.sekisho.workbook.read.WorkbookReadException;
import io.sekisho.workbook.read.XlsxReader;

/**
 * Reads a device list (CSV, tab-separated text, or the first sheet of an .xlsx) into a {@link SourceTable}: the
 * first row with a cell is the header. Bounded: a file over {@link #MAX_BYTES} or {@link #MAX_ROWS} rows is
 * refused with its name, and a workbook is read by the bounded reader the answer import uses.
 */
public final class DeviceListFile {

	public static final long MAX_BYTES = 20L * 1024 * 1024;
	public static final int MAX_ROWS = 50_000;
	static final int MAX_COLUMNS = 64;

	private DeviceListFile() {
	}

	public static SourceTable read(Path file) throws IOException {
		if (Files.size(file) > MAX_BYTES) {
			throw new IOException(NLS.bind(Messages.DeviceList_tooLarge, file, MAX_BYTES / (1024 * 1024)));
		}
		List<List<String>> records = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") //$NON-NLS-1$
				? sheet(file) : CsvText.parse(CsvText.decode(Files.readAllBytes(file)));
		int header = 0;
		while (header < records.size() && records.get(header).stream().allMatch(String::isBlank)) {
			header++;
		}
		if (header == records.size()) {
			throw new IOException(NLS.bind(Messages.DeviceList_empty, file));
		}
		if (records.size() - header > MAX_ROWS) {
			throw new IOException(NLS.bind(Messages.DeviceList_tooManyRows, file, MAX_ROWS));
		}
		List<String> headers = records.get(header).stream().map(String::strip).toList();
		List<SourceTable.Row> rows = new ArrayList<>();
		for (int r = header + 1; r < records.size(); r++) {
			if (records.get(r).stream().anyMatch(c -> !c.isBlank())) {
				rows.add(new SourceTable.Row(r + 1, List.copyOf(records.get(r))));
			}
		}
		return new SourceTable(file.getFileName().toString(), headers, rows);
	}

	private static List<List<String>> sheet(Path file) throws IOException {
		Map<String, SheetCells> sheets;
		try {
			sheets = new XlsxReader().read(file, name -> true, null);
		} catch (WorkbookReadException e) {
			throw new IOException(e.getMessage(), e);
		}
		if (sheets.isEmpty()) {
			throw new IOException(NLS.bind(Messages.DeviceList_empty, file));
		}
		SheetCells cells = sheets.values().iterator().next();
		List<List<String>> records = new ArrayList<>();
		for (int r = 0; r <= cells.lastRow(); r++) {
			List<String> record = new ArrayList<>();
			for (int c = 0; c < MAX_COLUMNS; c++) {
				record.add(cells.get(r, c));
			}
			while (!record.isEmpty() && record.get(record.size() - 1).isEmpty()) {
				record.remove(record.size() - 1);
			}
			records.add(record);
		}
		return records;
	}
}
