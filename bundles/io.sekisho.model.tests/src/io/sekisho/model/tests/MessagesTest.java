package io.sekisho.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import io.sekisho.model.internal.Messages;

/**
 * Every NLS field of the model bundle is bound to a key and every key has its field. (English and Japanese are
 * compared for every bundle at once by io.sekisho.ui.tests AllMessagesTest, with io.sekisho.testing MessageBundles.)
 */
class MessagesTest {

	private static Properties load(String name) throws IOException {
		Properties p = new Properties();
		try (InputStream in = Messages.class.getResourceAsStream(name)) {
			p.load(in);
		}
		return p;
	}

	@Test
	void everyFieldIsBound() throws IllegalAccessException, IOException {
		Properties en = load("messages.properties");
		for (Field f : Messages.class.getFields()) {
			assertFalse(((String) f.get(null)).startsWith("NLS missing message"), f.getName());
			assertEquals(true, en.containsKey(f.getName()), f.getName());
		}
		assertEquals(en.size(), Messages.class.getFields().length, "no unused keys");
	}
}
