package io.sekisho.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.cli.ExitCode;

/**
 * One option parser for every command (issue 18 item 6): --opt=value and --opt value, -- before a word that starts
 * with a dash, --help on every command and subcommand, one error style that names the option, exit 2.
 */
class OptionParsingTest {

	@Test
	void optionValueAfterAnEqualsSign(@TempDir Path dir) {
		Path file = dir.resolve("demo.sekisho");
		CliRun run = CliRun.of("demo", "--out=" + file);
		assertEquals(ExitCode.OK, run.exitCode(), run.err());
		assertTrue(Files.isRegularFile(file));
		CliRun again = CliRun.of("demo", "--force", "--out", file.toString());
		assertEquals(ExitCode.OK, again.exitCode(), again.err());
	}

	@Test
	void helpOfASubcommandAndTheSameThroughHelp() {
		CliRun run = CliRun.of("workbook", "export", "--help");
		assertEquals(ExitCode.OK, run.exitCode(), run.err());
		assertEquals("", run.err());
		assertTrue(run.out().contains("sekishoc workbook export"), run.out());
		assertTrue(run.out().contains("--out=OUT.xlsx"), run.out());
		assertTrue(run.out().contains("the workbook to write"), "option descriptions: " + run.out());
		assertTrue(run.out().contains("--encrypt"), run.out());
		assertEquals(run.out(), CliRun.of("help", "workbook", "export").out());
		CliRun group = CliRun.of("firmware", "--help");
		assertEquals(ExitCode.OK, group.exitCode(), group.err());
		for (String sub : new String[] { "import", "status", "lookup", "identify", "match" }) {
			assertTrue(group.out().contains(sub), sub + " in " + group.out());
		}
	}

	@Test
	void helpIsInJapaneseUnderAJapaneseLocale() {
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(Locale.JAPANESE);
			CliRun run = CliRun.of("workbook", "export", "--help");
			assertTrue(run.out().contains("使い方: sekishoc workbook export"), run.out());
			assertTrue(run.out().contains("書き出すブック"), run.out());
			assertTrue(run.out().contains("このヘルプを表示します"), run.out());
			assertFalse(run.out().contains("the workbook to write"), run.out());
		} finally {
			Locale.setDefault(before);
		}
	}

	@Test
	void aDoubleDashEndsTheOptions() {
		CliRun option = CliRun.of("checklist", "status", "-nofile.sekisho");
		assertEquals(ExitCode.USAGE, option.exitCode());
		assertTrue(option.err().contains("\"-nofile.sekisho\""), option.err());
		CliRun file = CliRun.of("checklist", "status", "--", "-nofile.sekisho");
		assertEquals(ExitCode.PROBLEMS, file.exitCode(), "read as a file name, which does not exist: " + file.err());
		assertTrue(file.err().contains("-nofile.sekisho"), file.err());
	}

	@Test
	void aWrongCommandLineNamesTheOptionAndShowsTheSynopsis() {
		CliRun unknown = CliRun.of("workbook", "export", "facility.sekisho", "--otu", "x.xlsx");
		assertEquals(ExitCode.USAGE, unknown.exitCode());
		assertEquals("", unknown.out());
		assertTrue(unknown.err().contains("unknown option \"--otu\""), "the misspelt option, not the missing --out: " + unknown.err());
		assertTrue(unknown.err().contains("usage: sekishoc workbook export"), unknown.err());
		assertTrue(unknown.err().contains("sekishoc help workbook export"), unknown.err());

		CliRun noValue = CliRun.of("demo", "--out");
		assertEquals(ExitCode.USAGE, noValue.exitCode());
		assertTrue(noValue.err().contains("--out needs a value (FILE)"), noValue.err());

		CliRun missing = CliRun.of("workbook", "export", "facility.sekisho");
		assertEquals(ExitCode.USAGE, missing.exitCode());
		assertTrue(missing.err().contains("--out OUT.xlsx is required"), missing.err());

		CliRun twice = CliRun.of("demo", "--out", "a.sekisho", "--out=b.sekisho");
		assertEquals(ExitCode.USAGE, twice.exitCode());
		assertTrue(twice.err().contains("--out is given more than once"), twice.err());

		CliRun number = CliRun.of("passwords", "generate", "--count", "many");
		assertEquals(ExitCode.USAGE, number.exitCode());
		assertTrue(number.err().contains("--count needs a whole number, not \"many\""), number.err());

		CliRun extra = CliRun.of("validate", "a.sekisho", "b.sekisho");
		assertEquals(ExitCode.USAGE, extra.exitCode());
		assertTrue(extra.err().contains("unexpected argument \"b.sekisho\""), extra.err());
	}

	@Test
	void aCommandOfSubcommandsWithoutOneNamesThem() {
		CliRun run = CliRun.of("workbook");
		assertEquals(ExitCode.USAGE, run.exitCode());
		assertTrue(run.err().contains("workbook needs a subcommand: export, import-answers"), run.err());
		CliRun unknown = CliRun.of("netmap", "draw");
		assertEquals(ExitCode.USAGE, unknown.exitCode());
		assertTrue(unknown.err().contains("\"draw\""), unknown.err());
	}

	@Test
	void aCommandWrittenForSekisho01StillRuns() {
		CliRun run = CliRun.of("test-legacy", "--its-own", "words");
		assertEquals(ExitCode.OK, run.exitCode(), run.err());
		assertEquals("--its-own|words", run.out().strip());
		assertTrue(CliRun.of("help").out().contains("test-legacy WORDS..."));
	}
}
