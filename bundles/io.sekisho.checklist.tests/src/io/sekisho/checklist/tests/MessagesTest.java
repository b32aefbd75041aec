package io.sekisho.checklist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import io.sekisho.checklist.internal.Messages;
import io.sekisho.checklist.internal.evaluators.InventoryEvaluator;

/** Every text of the bundle exists in English and Japanese; the reasons of the evaluators too. */
class MessagesTest {

	private static Properties load(Class<?> anchor, String name) throws IOException {
		Properties p = new Properties();
		try (InputStream in = anchor.getResourceAsStream(name)) {
			p.load(in);
		}
		return p;
	}

	@Test
	void messagesHaveBothLanguagesAndOneKeyPerField() throws IOException {
		Properties en = load(Messages.class, "messages.properties");
		assertEquals(en.keySet(), load(Messages.class, "messages_ja.properties").keySet());
		assertEquals(en.size(), Messages.class.getFields().length);
		for (var field : Messages.class.getFields()) {
			assertTrue(en.containsKey(field.getName()), field.getName());
		}
	}

	@Test
	void reasonsHaveBothLanguagesAndTheSameArguments() throws IOException {
		Properties en = load(InventoryEvaluator.class, "reasons.properties");
		Properties ja = load(InventoryEvaluator.class, "reasons_ja.properties");
		assertEquals(en.keySet(), ja.keySet());
		for (String key : en.stringPropertyNames()) {
			for (int i = 0; i < 5; i++) {
				String arg = "{" + i + "}";
				assertEquals(en.getProperty(key).contains(arg), ja.getProperty(key).contains(arg), key + " " + arg);
			}
		}
	}
}
