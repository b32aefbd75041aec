package io.sekisho.cli.tests.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import io.sekisho.checklist.internal.cli.Messages;

/** The texts of sekishoc checklist exist in English and Japanese, one key per NLS field. */
class ChecklistMessagesTest {

	private static Properties load(String name) throws IOException {
		Properties p = new Properties();
		try (InputStream in = Messages.class.getResourceAsStream(name)) {
			p.load(in);
		}
		return p;
	}

	@Test
	void englishAndJapaneseHaveTheSameKeysAsTheFields() throws IOException {
		Properties en = load("messages.properties");
		assertEquals(en.keySet(), load("messages_ja.properties").keySet());
		assertEquals(en.size(), Messages.class.getFields().length);
		for (var field : Messages.class.getFields()) {
			assertTrue(en.containsKey(field.getName()), field.getName());
		}
	}
}
