package io.sekisho.workbook.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.poi.poifs.crypt.CipherAlgorithm;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.HashAlgorithm;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.workbook.crypto.WorkbookEncryption;
import io.sekisho.workbook.read.SheetCells;
import io.sekisho.workbook.read.WorkbookReadException;
import io.sekisho.workbook.read.XlsxReader;

class WorkbookEncryptionTest {

	private static final char[] PASSWORD = "Kouro-Kinen-2025!handover".toCharArray();
	private static byte[] encrypted;

	@BeforeAll
	static void encryptASmallWorkbook() throws Exception {
		SXSSFWorkbook workbook = new SXSSFWorkbook();
		workbook.createSheet("表紙").createRow(0).createCell(0).setCellValue("厚労記念病院");
		byte[] plain = Workbooks.bytesOf(workbook);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		WorkbookEncryption.encrypt(stream -> stream.write(plain), PASSWORD.clone(), out);
		encrypted = out.toByteArray();
	}

	@Test
	void usesAgileEncryptionWithAes256AndSha512() throws Exception {
		try (POIFSFileSystem container = new POIFSFileSystem(new ByteArrayInputStream(encrypted))) {
			EncryptionInfo info = new EncryptionInfo(container);
			assertEquals(EncryptionMode.agile, info.getEncryptionMode());
			assertEquals(CipherAlgorithm.aes256, info.getHeader().getCipherAlgorithm());
			assertEquals(256, info.getHeader().getKeySize());
			assertEquals(HashAlgorithm.sha512, info.getHeader().getHashAlgorithm());
			assertEquals(HashAlgorithm.sha512, info.getVerifier().getHashAlgorithm());
		}
	}

	@Test
	void theRightPasswordOpensItAndAWrongOneDoesNot() throws Exception {
		try (POIFSFileSystem container = new POIFSFileSystem(new ByteArrayInputStream(encrypted))) {
			Decryptor decryptor = Decryptor.getInstance(new EncryptionInfo(container));
			assertFalse(decryptor.verifyPassword("Kouro-Kinen-2024!handover"));
			assertTrue(decryptor.verifyPassword(new String(PASSWORD)));
			try (InputStream plain = decryptor.getDataStream(container); XSSFWorkbook workbook = new XSSFWorkbook(plain)) {
				assertEquals("厚労記念病院", workbook.getSheet("表紙").getRow(0).getCell(0).getStringCellValue());
			}
		}
	}

	@Test
	void theFileHoldsNoPlainText() {
		String asText = new String(encrypted, StandardCharsets.ISO_8859_1);
		assertFalse(asText.contains("sheet1.xml"), "the zip entries are not visible");
		assertFalse(asText.contains(new String(PASSWORD)));
	}

	@Test
	void theHardenedReaderDecryptsWithAPasswordAndAsksForOne(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("handover.xlsx");
		Files.write(file, encrypted);
		Map<String, SheetCells> cells = new XlsxReader().read(file, name -> true, PASSWORD::clone);
		assertEquals("厚労記念病院", cells.get("表紙").get(0, 0));
		WorkbookReadException none = assertThrows(WorkbookReadException.class, () -> new XlsxReader().read(file, n -> true, () -> null));
		assertTrue(none.getMessage().contains("handover.xlsx"), none.getMessage());
		WorkbookReadException wrong = assertThrows(WorkbookReadException.class,
				() -> new XlsxReader().read(file, n -> true, "wrong"::toCharArray));
		assertTrue(!wrong.problem().equals(none.problem()), wrong.problem());
	}

	@Test
	void anEmptyPasswordIsRefused() {
		assertThrows(IllegalArgumentException.class,
				() -> WorkbookEncryption.encrypt(stream -> stream.write(1), new char[0], new ByteArrayOutputStream()));
	}
}
