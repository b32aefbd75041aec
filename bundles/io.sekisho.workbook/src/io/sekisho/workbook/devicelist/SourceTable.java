package io.sekisho.workbook.devicelist;

import java.util.List;

/**
 * A device list as read from the hospital's own file: the header cells and the rows below them, each cell as
 * text. Row numbers are those a person sees in Excel or a text editor (1-based), for messages.
 */
public record SourceTable(String fileName, List<String> headers, List<Row> rows) {

	public record Row(int number, List<String> cells) {
		public String cell(int column) {
			return column < cells.size() ? cells.get(column).strip() : ""; //$NON-NLS-1$
		}
	}
}
