package io.sekisho.netmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in English and Japanese, and the Japanese ones show no rule ids or enum literals. */
class MessagesTest {

	private static final Pattern CODE = Pattern.compile("\\b(NM|CSET)-|\\b[A-Z]{2,}_[A-Z_]+\\b");

	private static Properties load(String name) throws IOException {
		Properties p = new Properties();
		try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(name)) {
			assertNotNull(in, name);
			p.load(in);
		}
		return p;
	}

	@ParameterizedTest
	@ValueSource(strings = { "io/sekisho/netmap/internal/messages", "io/sekisho/netmap/internal/rules/rules", "plugin" })
	void japaneseHasEveryKeyAndNoCodes(String base) throws IOException {
		Properties en = load(base + ".properties");
		Properties ja = load(base + "_ja.properties");
		assertEquals(en.keySet(), ja.keySet());
		for (String key : ja.stringPropertyNames()) {
			if (!key.startsWith("Cli_usage")) {
				assertFalse(CODE.matcher(ja.getProperty(key)).find(), key + " = " + ja.getProperty(key));
			}
		}
	}

	/** NLS prints a warning on every start for a key without its field: the rules' texts live in their own files. */
	@org.junit.jupiter.api.Test
	void everyNlsKeyHasItsField() throws IOException {
		java.util.Set<String> fields = new java.util.HashSet<>();
		for (java.lang.reflect.Field f : io.sekisho.netmap.internal.Messages.class.getFields()) {
			fields.add(f.getName());
		}
		Properties en = load("io/sekisho/netmap/internal/messages.properties");
		for (String key : en.stringPropertyNames()) {
			assertTrue(fields.contains(key), key + " has no field in Messages");
		}
	}
}
