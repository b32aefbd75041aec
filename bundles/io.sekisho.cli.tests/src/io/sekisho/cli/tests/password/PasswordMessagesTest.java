package io.sekisho.cli.tests.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The texts of sekishoc passwords and of io.sekisho.password exist in English and Japanese, one key per NLS field. */
class PasswordMessagesTest {

	private static Properties load(Class<?> owner, String name) throws IOException {
		Properties p = new Properties();
		try (InputStream in = owner.getResourceAsStream(name)) {
			p.load(in);
		}
		return p;
	}

	private static void assertComplete(String messagesClass) throws Exception {
		Class<?> messages = Class.forName(messagesClass);
		Properties en = load(messages, "messages.properties"); //$NON-NLS-1$
		Properties ja = load(messages, "messages_ja.properties"); //$NON-NLS-1$
		assertEquals(en.keySet(), ja.keySet(), messagesClass);
		Set<String> fields = Arrays.stream(messages.getDeclaredFields())
				.filter(f -> Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers()) && f.getType() == String.class)
				.map(java.lang.reflect.Field::getName).collect(Collectors.toSet());
		assertEquals(fields, en.keySet(), messagesClass);
		for (Object key : en.keySet()) {
			assertNotEquals(en.get(key), ja.get(key), key.toString());
			assertTrue(((String) ja.get(key)).chars().anyMatch(c -> c > 0x3000), key + " is translated"); //$NON-NLS-1$
		}
	}

	@Test
	void sekishocPasswordsTexts() throws Exception {
		assertComplete("io.sekisho.password.internal.cli.Messages"); //$NON-NLS-1$
	}

	@Test
	void passwordBundleTexts() throws Exception {
		assertComplete("io.sekisho.password.internal.Messages"); //$NON-NLS-1$
	}
}
