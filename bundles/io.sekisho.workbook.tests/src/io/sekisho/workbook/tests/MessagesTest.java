package io.sekisho.workbook.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every text of io.sekisho.workbook exists in English and Japanese, one key per NLS field. */
class MessagesTest {

	static Properties load(Class<?> owner, String name) throws IOException {
		Properties p = new Properties();
		try (InputStream in = owner.getResourceAsStream(name)) {
			assertTrue(in != null, owner.getPackageName() + "/" + name);
			p.load(in);
		}
		return p;
	}

	@ParameterizedTest
	@ValueSource(strings = { "io.sekisho.workbook.internal.Messages", "io.sekisho.workbook.read.Messages",
			"io.sekisho.workbook.answers.Messages" })
	void englishAndJapaneseHaveTheSameKeysAsTheFields(String className) throws Exception {
		Class<?> messages = Class.forName(className);
		Properties en = load(messages, "messages.properties");
		assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(load(messages, "messages_ja.properties").stringPropertyNames()));
		Set<String> fields = new TreeSet<>();
		for (Field f : messages.getFields()) {
			fields.add(f.getName());
		}
		assertEquals(new TreeSet<>(en.stringPropertyNames()), fields);
	}

	@Test
	void workbookTextsExistInBothLanguages() throws Exception {
		Class<?> owner = Class.forName("io.sekisho.workbook.internal.sheets.SheetTexts");
		Properties en = load(owner, "sheets.properties");
		Properties ja = load(owner, "sheets_ja.properties");
		assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(ja.stringPropertyNames()));
		assertEquals("表紙", ja.getProperty("sheet.cover"));
	}
}
