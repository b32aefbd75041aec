package io.sekisho.cli.tests.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The texts of sekishoc workbook exist in English and Japanese, one key per NLS field. */
class WorkbookMessagesTest {

	private static Set<String> keys(Class<?> owner, String name) throws IOException {
		Properties p = new Properties();
		try (InputStream in = owner.getResourceAsStream(name)) {
			p.load(in);
		}
		return new TreeSet<>(p.stringPropertyNames());
	}

	@Test
	void englishAndJapaneseHaveTheSameKeysAsTheFields() throws Exception {
		Class<?> messages = Class.forName("io.sekisho.workbook.internal.cli.Messages");
		Set<String> en = keys(messages, "messages.properties");
		assertEquals(en, keys(messages, "messages_ja.properties"));
		Set<String> fields = new TreeSet<>();
		for (Field f : messages.getFields()) {
			fields.add(f.getName());
		}
		assertEquals(en, fields);
	}
}
