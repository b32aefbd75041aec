package io.sekisho.password.internal.cli;

import java.nio.file.Path;
import java.util.Optional;

import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.cli.SekishocCommand;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.password.CheckContext;
import io.sekisho.password.PasswordProfile;
import io.sekisho.password.assessment.FacilityContext;
import io.sekisho.password.generate.Passphrases;
import io.sekisho.password.generate.RandomPasswords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * sekishoc passwords generate: random passwords meeting the profile (default 16 characters), or passphrases;
 * each is checked before it is printed, with the facility's words when --facility is given.
 */
@Command(name = "generate")
final class GeneratePasswords implements SekishocCommand {

	@Option(names = "--profile", paramLabel = "PROFILE")
	private String profileId;

	@Option(names = "--length", paramLabel = "N")
	private Integer length;

	@Option(names = "--count", paramLabel = "N")
	private Integer count;

	@Option(names = "--words", paramLabel = "N")
	private Integer words;

	@Option(names = "--facility", paramLabel = "FILE.sekisho")
	private Path facilityFile;

	@Option(names = "--no-look-alikes")
	private boolean noLookAlikes;

	@Option(names = "--passphrase")
	private boolean passphrase;

	@Override
	public int run(CommandIO io) throws CommandException {
		PasswordServices services = new PasswordServices();
		PasswordProfile profile = services.profile(profileId);
		int count = PasswordServices.number("--count", this.count, 1, 1, 10_000); //$NON-NLS-1$
		Optional<FacilityWorkbook> facility = PasswordServices.facility(facilityFile);
		CheckContext.Builder context = CheckContext.builder(profile);
		facility.ifPresent(w -> context.contextWords(FacilityContext.words(w)));
		try {
			if (passphrase) {
				int words = PasswordServices.number("--words", this.words, Passphrases.DEFAULT_WORDS, 3, 20); //$NON-NLS-1$
				Passphrases phrases = new Passphrases(services.checker);
				for (int i = 0; i < count; i++) {
					io.out().println(phrases.generate(context.build(), words));
				}
			} else {
				int length = PasswordServices.number("--length", this.length, Math.max(RandomPasswords.DEFAULT_LENGTH, profile.minLength()), 1, 1024); //$NON-NLS-1$
				RandomPasswords generator = new RandomPasswords(services.checker);
				boolean plain = noLookAlikes;
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
