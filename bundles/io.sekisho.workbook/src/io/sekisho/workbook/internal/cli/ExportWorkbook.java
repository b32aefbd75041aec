package io.sekisho.workbook.internal.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.checklist.editions.Editions;
import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.password.PasswordCatalog;
import io.sekisho.password.PasswordChecker;
import io.sekisho.password.assessment.WorkbookPassword;
import io.sekisho.workbook.Handover;
import io.sekisho.workbook.HandoverExport;
import io.sekisho.workbook.WorkbookLanguage;
import io.sekisho.cli.SekishocCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * sekishoc workbook export FILE.sekisho --out OUT.xlsx [--lang ja|en] [--encrypt] [--edition ID]
 * [--integrator NAME]: writes the handover workbook; with --encrypt the password comes from the terminal or the
 * first line of standard input.
 */
@Command(name = "export")
final class ExportWorkbook implements SekishocCommand {

	@Parameters(paramLabel = "FILE.sekisho", descriptionKey = "FILE")
	private Path source;

	@Option(names = "--out", paramLabel = "OUT.xlsx", required = true)
	private Path out;

	@Option(names = "--lang", paramLabel = "ja|en")
	private String lang;

	@Option(names = "--edition", paramLabel = "ID")
	private String editionId;

	@Option(names = "--integrator", paramLabel = "NAME")
	private String integrator;

	@Option(names = "--encrypt")
	private boolean encrypt;

	private CommandIO io;

	@Override
	public int run(CommandIO streams) throws CommandException {
		this.io = streams;
		// the workbook goes to a Japanese facility: Japanese unless English is asked for, whatever the JVM locale
		WorkbookLanguage language = lang == null ? WorkbookLanguage.JA : WorkbookLanguage.of(lang);
		if (language == null) {
			throw new CommandException(NLS.bind(Messages.Export_badLanguage, lang), ExitCode.USAGE);
		}
		FacilityWorkbook facility = FacilityAndEdition.load(source);
		Edition edition = FacilityAndEdition.edition(facility, EditionRegistry.fromPlatform(), editionId);
		char[] password = encrypt ? newPassword(facility) : null;
		try {
			Handover handover = new Handover(facility, edition, LocalDate.now(), integrator);
			for (String warning : HandoverExport.fromPlatform().export(handover, language, out, password)) {
				io.err().println(NLS.bind(Messages.Workbook_warning, warning));
			}
		} catch (IOException e) {
			throw new CommandException(NLS.bind(Messages.Export_failed, out, e.getMessage()), e);
		} finally {
			if (password != null) {
				Arrays.fill(password, '\0');
			}
		}
		io.out().println(NLS.bind(encrypt ? Messages.Export_writtenEncrypted : Messages.Export_written,
				// the edition and language by name (令和8年度版…, 日本語), not as ids: this line is read by people
				new Object[] { out, Editions.title(edition), language.locale().getDisplayLanguage(java.util.Locale.getDefault()) }));
		return ExitCode.OK;
	}

	/** Reads the new workbook password and checks it with Sekisho's own checker, as the export wizard does. */
	private char[] newPassword(FacilityWorkbook facility) throws CommandException {
		char[] password = new PasswordInput(io).read(Messages.Password_prompt, Messages.Password_again, true);
		List<String> problems = WorkbookPassword.problems(new PasswordChecker(PasswordCatalog.fromPlatform()), password, facility,
				Locale.getDefault());
		if (!problems.isEmpty()) {
			Arrays.fill(password, '\0');
			throw new CommandException(NLS.bind(Messages.Password_rejected, String.join("\n  ", problems))); //$NON-NLS-1$
		}
		return password;
	}
}
