package io.sekisho.workbook.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Helpers: write a streaming workbook to bytes and read it back with the full POI user model. */
final class Workbooks {

	private Workbooks() {
	}

	static byte[] bytesOf(SXSSFWorkbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		workbook.close();
		workbook.dispose();
		return out.toByteArray();
	}

	static XSSFWorkbook reopen(byte[] xlsx) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
	}
}
