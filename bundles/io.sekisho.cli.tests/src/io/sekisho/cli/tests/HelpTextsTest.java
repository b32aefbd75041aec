package io.sekisho.cli.tests;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

import io.sekisho.cli.internal.CommandDescriptor;
import io.sekisho.cli.internal.CommandLines;
import io.sekisho.cli.internal.CommandRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Every contributed command, subcommand, option and parameter has its help text in English and Japanese
 * (commands*.properties beside the command class), so sekishoc help is complete in both languages.
 */
class HelpTextsTest {

	@Test
	void everyCommandOptionAndParameterIsExplainedInBothLanguages() throws Exception {
		List<String> missing = new ArrayList<>();
		List<String> modules = new ArrayList<>();
		int checked = 0;
		for (CommandDescriptor d : CommandRegistry.fromPlatform().all()) {
			Object command = d.create();
			if (d.name().startsWith("test-") || CommandLines.isLegacy(command)) {
				continue;
			}
			modules.add(d.contributor());
			Deque<CommandLine> todo = new ArrayDeque<>(List.of(CommandLines.create(d, command)));
			while (!todo.isEmpty()) {
				CommandLine line = todo.poll();
				todo.addAll(line.getSubcommands().values());
				CommandSpec spec = line.getCommandSpec();
				ResourceBundle en = texts(spec, Locale.ROOT);
				ResourceBundle ja = texts(spec, Locale.JAPANESE);
				String prefix = CommandLines.keyPrefix(line);
				List<String> keys = new ArrayList<>(List.of("usage.description"));
				for (OptionSpec o : spec.options()) {
					if (!o.usageHelp() && !o.hidden()) {
						keys.add(o.longestName().replaceFirst("^-+", ""));
					}
				}
				for (PositionalParamSpec p : spec.positionalParameters()) {
					if (!p.hidden()) {
						keys.add(key(p));
					}
				}
				for (String key : keys) {
					checked++;
					String english = text(en, prefix + key);
					String japanese = text(ja, prefix + key);
					if (english == null || japanese == null) {
						missing.add(prefix + key + " (" + d.contributor() + ")");
						continue;
					}
					assertNotEquals(english, japanese, prefix + key);
					assertTrue(japanese.chars().anyMatch(c -> c > 0x3000), prefix + key + " is Japanese: " + japanese);
				}
			}
		}
		assertTrue(missing.isEmpty(), "help texts missing: " + missing);
		for (String module : List.of("io.sekisho.cli", "io.sekisho.password", "io.sekisho.checklist", "io.sekisho.workbook", "io.sekisho.firmware",
				"io.sekisho.netmap")) {
			assertTrue(modules.contains(module), module + " contributes its commands: " + modules);
		}
		assertTrue(checked > 90, "the commands of every module were looked at: " + checked);
	}

	private static String key(ArgSpec p) {
		return p.descriptionKey() == null || p.descriptionKey().isEmpty() ? p.paramLabel() : p.descriptionKey();
	}

	private static ResourceBundle texts(CommandSpec spec, Locale locale) {
		Class<?> type = spec.userObject().getClass();
		try {
			return ResourceBundle.getBundle(type.getPackageName() + '.' + CommandLines.TEXTS, locale, type.getClassLoader(),
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		} catch (MissingResourceException e) {
			return null;
		}
	}

	private static String text(ResourceBundle bundle, String key) {
		if (bundle == null || !bundle.containsKey(key)) {
			return null;
		}
		// with Locale.ROOT the base file; with Japanese the _ja file must hold the key itself
		return bundle.getString(key);
	}
}
