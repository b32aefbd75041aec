package io.sekisho.cli.internal.password;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.password.breached.BreachedImporter;
import io.sekisho.password.breached.BreachedIndex;
import io.sekisho.password.vault.ConfigFolder;

/**
 * sekishoc passwords import-breached FILE|DIR [--index OUT]: builds the local breached-password index from Have I
 * Been Pwned's SHA-1 downloads, with progress on standard error. Default index: breached.idx in the user's
 * configuration folder, where passwords check finds it.
 */
final class ImportBreached {

	int run(List<String> args, CommandIO io) throws CommandException {
		Options options = Options.parse(args, Set.of(), Set.of("--index")); //$NON-NLS-1$
		if (options.positional().size() != 1) {
			throw new CommandException(Messages.Import_oneInput, ExitCode.USAGE);
		}
		Path input = Path.of(options.positional().get(0));
		Path index = options.value("--index").map(Path::of).orElse(ConfigFolder.path().resolve(BreachedIndex.FILE_NAME)); //$NON-NLS-1$
		if (!Files.exists(input)) {
			throw new CommandException(NLS.bind(Messages.Import_noInput, input));
		}
		try {
			long count = new BreachedImporter((lines, read, total) -> io.err().println(NLS.bind(Messages.Import_progress,
					new Object[] { lines, total == 0 ? 100 : Math.min(100, read * 100 / total) }))).importInto(input, index);
			io.out().println(NLS.bind(Messages.Import_done, new Object[] { count, index, Files.size(index) }));
			return ExitCode.OK;
		} catch (IOException e) {
			throw new CommandException(e.getMessage(), e);
		}
	}
}
