package io.sekisho.ui.internal.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/** Help > ユーザーガイド: one guide per language, with the same sections, naming the menus as the product names them. */
class UserGuideTest {

	private static String read(URL url) throws IOException {
		try (InputStream in = url.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static Set<String> sections(String html) {
		Set<String> ids = new TreeSet<>();
		Matcher m = Pattern.compile("<h2 id=\"([a-z-]+)\"").matcher(html);
		while (m.find()) {
			ids.add(m.group(1));
		}
		return ids;
	}

	@Test
	void theGuideComesInTheUsersLanguageWithTheSameSectionsInBoth() throws Exception {
		String ja = read(UserGuideHandler.guide(Locale.JAPANESE));
		String en = read(UserGuideHandler.guide(Locale.ENGLISH));
		assertTrue(ja.contains("<html lang=\"ja\">") && en.contains("<html lang=\"en\">"));
		assertEquals(read(UserGuideHandler.guide(Locale.GERMAN)), en, "other languages read the English guide");
		assertTrue(sections(ja).size() >= 10, sections(ja).toString());
		assertEquals(sections(ja), sections(en));
		for (String id : sections(ja)) {
			assertTrue(ja.contains("href=\"#" + id + "\"") && en.contains("href=\"#" + id + "\""), "listed in the contents: " + id);
		}
	}

	@Test
	void theJapaneseGuideNamesTheMenusAsThePlatformShowsThem() throws Exception {
		String ja = read(UserGuideHandler.guide(Locale.JAPANESE));
		Properties labels = new Properties();
		try (InputStream in = FrameworkUtil.getBundle(UserGuideHandler.class).getEntry("plugin_ja.properties").openStream()) {
			labels.load(in);
		}
		for (String key : new String[] { "wizard.importFacility", "wizard.exportWorkbook", "wizard.importAnswers", "command.addVendorBundle" }) {
			String label = labels.getProperty(key);
			assertTrue(ja.contains(label), key + " = " + label);
		}
	}

	@Test
	void theCommandIsInTheWorkbench() {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		assertTrue(commands.getCommand("io.sekisho.ui.userGuide").isDefined());
		assertTrue(commands.getCommand("io.sekisho.ui.userGuide").isHandled());
	}
}
