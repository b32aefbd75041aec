package io.sekisho.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.sekisho.workbook.devicelist.DeviceListFile;
import io.sekisho.workbook.devicelist.SourceTable;

/**
 * The device-list import's reader (File > Import > 機器台帳) on arbitrary bytes: as an .xlsx when they start like a
 * zip, else as CSV or tab-separated text. The result is a table within the reader's bounds (at most
 * {@link DeviceListFile#MAX_ROWS} rows, row numbers rising, a header) or an IOException naming the file; nothing is
 * written beside the input. Anything else — another exception, a hang, memory beyond the small heap — is a finding.
 */
public final class DeviceListFuzzTarget {
	private static final Scratch SCRATCH = new Scratch("device-list"); //$NON-NLS-1$

	private DeviceListFuzzTarget() {
	}

	public static void fuzzerInitialize() throws Exception {
		fuzzerTestOneInput(new byte[0]);
	}

	public static void fuzzerTestOneInput(byte[] data) throws Exception {
		String name = data.length >= 2 && data[0] == 'P' && data[1] == 'K' ? "fuzz-list.xlsx" : "fuzz-list.csv"; //$NON-NLS-1$ //$NON-NLS-2$
		Path in = SCRATCH.fresh("in"); //$NON-NLS-1$
		Path input = Files.write(in.resolve(name), data);
		try {
			SourceTable table = DeviceListFile.read(input);
			check(table);
		} catch (IOException e) {
			Targets.requireNamed(e, name);
		}
		Scratch.requireOnly(in, input);
	}

	static void check(SourceTable table) {
		if (table.headers() == null || table.rows().size() > DeviceListFile.MAX_ROWS) {
			throw new IllegalStateException("a table beyond the reader's bounds: " + table.rows().size() + " rows"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		int previous = 0;
		for (SourceTable.Row row : table.rows()) {
			if (row.number() <= previous) {
				throw new IllegalStateException("row numbers not rising: " + previous + ", " + row.number()); //$NON-NLS-1$ //$NON-NLS-2$
			}
			previous = row.number();
		}
	}
}
