package io.sekisho.cli.internal.password;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandFiles;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.persistence.SekishoResource;
import io.sekisho.password.PasswordProfile;
import io.sekisho.password.Verdict;
import io.sekisho.password.assessment.AccountPasswords;
import io.sekisho.password.assessment.FacilityContext;
import io.sekisho.password.breached.BreachedIndex;
import io.sekisho.password.vault.FilePasswordVault;
import io.sekisho.password.vault.PasswordVault;

/**
 * sekishoc passwords assess FILE.sekisho: lines {@code ACCOUNT<TAB>PASSWORD} on standard input (ACCOUNT: the
 * account's id, its label "device / user", or its user name when unique). Each account's assessment is replaced
 * and the file saved (never the password); the use is recorded in the installation's vault so that the same
 * password at another client facility is found (R7 item 8). Nothing is saved when a line names no account.
 */
final class AssessPasswords {

	int run(List<String> args, CommandIO io) throws CommandException {
		Options options = Options.parse(args, Set.of("--no-vault", CommandFiles.FORCE), Set.of("--profile", "--breached")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (options.positional().size() != 1) {
			throw new CommandException(Messages.Assess_oneFile, ExitCode.USAGE);
		}
		Path file = Path.of(options.positional().get(0));
		PasswordServices services = new PasswordServices();
		PasswordProfile profile = services.profile(options);
		SekishoResource resource = CommandFiles.load(file);
		FacilityWorkbook workbook = resource.workbook();
		PasswordServices.requireUsable(workbook, file);
		Optional<BreachedIndex> breached = PasswordServices.breached(options);
		Optional<PasswordVault> vault = Optional.empty();
		if (!options.flag("--no-vault")) { //$NON-NLS-1$
			try {
				FilePasswordVault installation = FilePasswordVault.inConfigFolder();
				PasswordServices.warnAboutCopies(installation, workbook, io);
				vault = Optional.of(installation);
			} catch (IOException e) {
				throw new CommandException(e.getMessage(), e);
			}
		}
		AccountPasswords service = new AccountPasswords(services.checker);
		List<String> errors = new ArrayList<>();
		int rejected = 0;
		int lineNumber = 0;
		try (PasswordLines lines = new PasswordLines(io.in())) {
			while (lines.next()) {
				lineNumber++;
				char[] line = lines.password();
				try {
					int tab = indexOf(line, '\t');
					if (lines.tooLong() || tab <= 0) {
						errors.add(NLS.bind(Messages.Assess_badLine, lineNumber));
						continue;
					}
					String key = new String(line, 0, tab).strip(); // the account, not the password
					Optional<Account> account = find(workbook, key);
					if (account.isEmpty()) {
						errors.add(NLS.bind(Messages.Assess_unknownAccount, lineNumber)); // never the field: it may be the password
						continue;
					}
					char[] password = Arrays.copyOfRange(line, tab + 1, line.length);
					try {
						Verdict v = service.assess(workbook, account.get(), password, profile, vault, breached);
						rejected += v.accepted() ? 0 : 1;
						io.out().println(lineNumber + " " + (v.accepted() ? "ACCEPT" : "REJECT") + " " + v.score() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
								+ (v.accepted() ? "" : " " + String.join(",", v.findingCodes())) + " " + FacilityContext.label(account.get())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					} finally {
						Arrays.fill(password, '\0');
					}
				} finally {
					Arrays.fill(line, '\0');
				}
			}
		} catch (IOException | java.io.UncheckedIOException e) {
			throw new CommandException(NLS.bind(Messages.Check_inputFailed, lineNumber + 1, e.getMessage()), e);
		} finally {
			breached.ifPresent(PasswordServices::closeQuietly);
		}
		if (!errors.isEmpty()) {
			errors.forEach(io.err()::println);
			throw new CommandException(NLS.bind(Messages.Assess_notSaved, file, errors.size()));
		}
		CommandFiles.save(resource, options.flag(CommandFiles.FORCE));
		return rejected == 0 ? ExitCode.OK : ExitCode.PROBLEMS;
	}

	private static Optional<Account> find(FacilityWorkbook workbook, String key) {
		for (Account a : workbook.getAccounts()) {
			if (key.equals(a.getId()) || key.equals(FacilityContext.label(a))) {
				return Optional.of(a);
			}
		}
		List<Account> byUser = workbook.getAccounts().stream().filter(a -> key.equals(a.getUserName())).toList();
		return byUser.size() == 1 ? Optional.of(byUser.get(0)) : Optional.empty();
	}

	private static int indexOf(char[] chars, char c) {
		for (int i = 0; i < chars.length; i++) {
			if (chars[i] == c) {
				return i;
			}
		}
		return -1;
	}
}
