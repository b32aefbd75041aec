package io.sekisho.password.internal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.cli.SekishocCommand;
import io.sekisho.core.ConfigFolder;
import io.sekisho.password.breached.BreachedImporter;
import io.sekisho.password.breached.BreachedIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * sekishoc passwords import-breached FILE|DIR [--index OUT]: builds the local breached-password index from Have I
 * Been Pwned's SHA-1 downloads, with progress on standard error. Default index: breached.idx in the user's
 * configuration folder, where passwords check finds it.
 */
@Command(name = "import-breached")
final class ImportBreached implements SekishocCommand {

	@Parameters(paramLabel = "FILE|DIR", descriptionKey = "INPUT")
	private Path input;

	@Option(names = "--index", paramLabel = "OUT")
	private Path indexFile;

	@Override
	public int run(CommandIO io) throws CommandException {
		Path index = indexFile != null ? indexFile : ConfigFolder.path().resolve(BreachedIndex.FILE_NAME);
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
