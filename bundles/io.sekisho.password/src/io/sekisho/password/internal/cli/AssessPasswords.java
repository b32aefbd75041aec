package io.sekisho.password.internal.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandFiles;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.cli.SekishocCommand;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * sekishoc passwords assess FILE.sekisho: lines {@code ACCOUNT<TAB>PASSWORD} on standard input (ACCOUNT: the
 * account's id, its label "device / user", or its user name when unique). Each account's assessment is replaced
 * and the file saved (never the password); the use is recorded in the installation's vault so that the same
 * password at another client facility is found (R7 item 8). Nothing is saved when a line names no account.
 */
@Command(name = "assess")
final class AssessPasswords implements SekishocCommand {

	@Parameters(paramLabel = "FILE.sekisho", descriptionKey = "FILE")
	private Path file;

	@Option(names = "--profile", paramLabel = "PROFILE")
	private String profileId;

	@Option(names = "--breached", paramLabel = "INDEX")
	private Path breachedIndex;

	@Option(names = "--no-vault")
	private boolean noVault;

	@Option(names = CommandFiles.FORCE)
	private boolean force;

	@Override
	public int run(CommandIO io) throws CommandException {
		PasswordServices services = new PasswordServices();
		PasswordProfile profile = services.profile(profileId);
		SekishoResource resource = CommandFiles.load(file);
		FacilityWorkbook workbook = resource.workbook();
		PasswordServices.requireUsable(workbook, file);
		Optional<BreachedIndex> breached = PasswordServices.breached(breachedIndex);
		Optional<PasswordVault> vault = Optional.empty();
		if (!noVault) {
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
		CommandFiles.save(resource, force);
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
