package io.sekisho.cli.tests.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import io.sekisho.cli.internal.model.Messages;

/** The texts of sekishoc validate/demo exist in English and Japanese, one key per NLS field. */
class ModelMessagesTest {

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
		for (var f : Messages.class.getFields()) {
			assertEquals(true, en.containsKey(f.getName()), f.getName());
		}
	}
}
