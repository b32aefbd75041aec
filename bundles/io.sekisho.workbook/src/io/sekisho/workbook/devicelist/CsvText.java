package io.sekisho.workbook.devicelist;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated text as Excel writes it (RFC 4180: quoted cells with doubled quotes and line breaks inside).
 * The encoding is UTF-8 (with or without BOM) or, when the bytes are no UTF-8, Windows-31J, the Shift_JIS that
 * Japanese Excel saves "CSV" in.
 */
public final class CsvText {

	public static final Charset WINDOWS_31J = Charset.forName("windows-31j"); //$NON-NLS-1$

	private CsvText() {
	}

	public static String decode(byte[] bytes) {
		int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
		} catch (CharacterCodingException e) {
			return new String(bytes, WINDOWS_31J);
		}
	}

	/** @return the records, each a list of cells; a tab-separated file (no comma in its first line) is read by tabs */
	public static List<List<String>> parse(String text) {
		int firstLineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
		String firstLine = text.substring(0, firstLineEnd);
		char separator = firstLine.indexOf(',') < 0 && firstLine.indexOf('\t') >= 0 ? '\t' : ',';
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					cell.append(c);
				}
			} else if (c == '"' && cell.isEmpty()) {
				quoted = true;
			} else if (c == separator) {
				record.add(cell.toString());
				cell.setLength(0);
			} else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				record.add(cell.toString());
				cell.setLength(0);
				records.add(record);
				record = new ArrayList<>();
			} else {
				cell.append(c);
			}
		}
		if (!cell.isEmpty() || !record.isEmpty()) {
			record.add(cell.toString());
			records.add(record);
		}
		return records;
	}
}
