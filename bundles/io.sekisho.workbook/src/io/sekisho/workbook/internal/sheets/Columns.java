package io.sekisho.workbook.internal.sheets;

import java.util.ArrayList;
import java.util.List;

import io.sekisho.workbook.WorkbookTexts;
import io.sekisho.workbook.sheet.TableWriter.Column;

/** Builds the column list of a table from header text keys with a common prefix. */
final class Columns {

	private final WorkbookTexts texts;
	private final String prefix;
	private final List<Column> columns = new ArrayList<>();

	Columns(WorkbookTexts texts, String prefix) {
		this.texts = texts;
		this.prefix = prefix;
	}

	/** A column that is printed, {@code width} characters wide. */
	Columns printed(String key, int width) {
		columns.add(Column.printed(texts.get(prefix + key), width));
		return this;
	}

	/** A column shown on screen when its group is opened, not printed. */
	Columns detail(String key, int width) {
		columns.add(Column.detail(texts.get(prefix + key), width));
		return this;
	}

	List<Column> list() {
		return List.copyOf(columns);
	}
}
