package io.sekisho.cli.internal.password;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.password.CheckContext;
import io.sekisho.password.PasswordProfile;
import io.sekisho.password.assessment.FacilityContext;
import io.sekisho.password.generate.Passphrases;
import io.sekisho.password.generate.RandomPasswords;

/**
 * sekishoc passwords generate: random passwords meeting the profile (default 16 characters), or passphrases;
 * each is checked before it is printed, with the facility's words when --facility is given.
 */
final class GeneratePasswords {

	private static final Set<String> FLAGS = Set.of("--no-look-alikes", "--passphrase"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final Set<String> VALUES = Set.of("--profile", "--length", "--count", "--words", "--facility"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	int run(List<String> args, CommandIO io) throws CommandException {
		Options options = Options.parse(args, FLAGS, VALUES);
		if (!options.positional().isEmpty()) {
			throw new CommandException(NLS.bind(Messages.Options_unexpected, options.positional().get(0)), ExitCode.USAGE);
		}
		PasswordServices services = new PasswordServices();
		PasswordProfile profile = services.profile(options);
		int count = options.number("--count", 1, 1, 10_000); //$NON-NLS-1$
		Optional<FacilityWorkbook> facility = PasswordServices.facility(options);
		CheckContext.Builder context = CheckContext.builder(profile);
		facility.ifPresent(w -> context.contextWords(FacilityContext.words(w)));
		try {
			if (options.flag("--passphrase")) { //$NON-NLS-1$
				int words = options.number("--words", Passphrases.DEFAULT_WORDS, 3, 20); //$NON-NLS-1$
				Passphrases phrases = new Passphrases(services.checker);
				for (int i = 0; i < count; i++) {
					io.out().println(phrases.generate(context.build(), words));
				}
			} else {
				int length = options.number("--length", Math.max(RandomPasswords.DEFAULT_LENGTH, profile.minLength()), 1, 1024); //$NON-NLS-1$
				RandomPasswords generator = new RandomPasswords(services.checker);
				boolean plain = options.flag("--no-look-alikes"); //$NON-NLS-1$
				for (int i = 0; i < count; i++) {
					io.out().println(generator.generate(context.build(), length, plain));
				}
			}
		} catch (IllegalArgumentException | IllegalStateException e) {
			throw new CommandException(e.getMessage(), ExitCode.USAGE);
		}
		return ExitCode.OK;
	}
}
