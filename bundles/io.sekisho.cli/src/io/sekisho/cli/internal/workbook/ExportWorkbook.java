package io.sekisho.cli.internal.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

/**
 * sekishoc workbook export FILE.sekisho --out OUT.xlsx [--lang ja|en] [--encrypt] [--edition ID]
 * [--integrator NAME]: writes the handover workbook; with --encrypt the password comes from the terminal or the
 * first line of standard input.
 */
final class ExportWorkbook {

	static final String OUT = "--out"; //$NON-NLS-1$
	static final String LANG = "--lang"; //$NON-NLS-1$
	static final String EDITION = "--edition"; //$NON-NLS-1$
	static final String INTEGRATOR = "--integrator"; //$NON-NLS-1$
	static final String ENCRYPT = "--encrypt"; //$NON-NLS-1$

	private final CommandIO io;

	ExportWorkbook(CommandIO io) {
		this.io = io;
	}

	int run(List<String> args) throws CommandException {
		Arguments a = new Arguments(args, Set.of(OUT, LANG, EDITION, INTEGRATOR), Set.of(ENCRYPT));
		if (a.positional().size() != 1 || a.value(OUT) == null) {
			throw new CommandException(Messages.Export_usage, ExitCode.USAGE);
		}
		// the workbook goes to a Japanese facility: Japanese unless English is asked for, whatever the JVM locale
		WorkbookLanguage language = a.value(LANG) == null ? WorkbookLanguage.JA : WorkbookLanguage.of(a.value(LANG));
		if (language == null) {
			throw new CommandException(NLS.bind(Messages.Export_badLanguage, a.value(LANG)), ExitCode.USAGE);
		}
		Path source = Path.of(a.positional().get(0));
		Path out = Path.of(a.value(OUT));
		FacilityWorkbook facility = Facilities.load(source);
		Edition edition = Facilities.edition(facility, EditionRegistry.fromPlatform(), a.value(EDITION));
		char[] password = a.flag(ENCRYPT) ? newPassword(facility) : null;
		try {
			Handover handover = new Handover(facility, edition, LocalDate.now(), a.value(INTEGRATOR));
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
		io.out().println(NLS.bind(a.flag(ENCRYPT) ? Messages.Export_writtenEncrypted : Messages.Export_written,
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
