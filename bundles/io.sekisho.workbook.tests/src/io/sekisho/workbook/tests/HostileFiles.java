package io.sekisho.workbook.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds hostile .xlsx files: a real workbook whose first sheet's XML is replaced by something nasty. */
final class HostileFiles {

	static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
			+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
	static final String SHEET_END = "</sheetData></worksheet>";

	/** Writes the XML of the replacement sheet. */
	@FunctionalInterface
	interface SheetXml {
		void write(Writer out) throws IOException;
	}

	private HostileFiles() {
	}

	static Path withSheet(Path file, SheetXml sheet) throws IOException {
		byte[] template;
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("チェックリスト").createRow(0).createCell(0).setCellValue("ok");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			template = out.toByteArray();
		}
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(template));
				OutputStream fileOut = Files.newOutputStream(file);
				ZipOutputStream out = new ZipOutputStream(fileOut)) {
			out.setLevel(Deflater.BEST_COMPRESSION);
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
					sheet.write(writer);
					writer.flush();
				} else {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
		return file;
	}

	static Path zipWith(Path file, String entryName, String content) throws IOException {
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
			out.putNextEntry(new ZipEntry(entryName));
			out.write(content.getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		return file;
	}
}
