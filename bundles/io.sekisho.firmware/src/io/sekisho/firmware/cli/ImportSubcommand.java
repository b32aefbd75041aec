package io.sekisho.firmware.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.firmware.vuln.feed.FeedException;
import io.sekisho.firmware.vuln.feed.FeedReader;
import io.sekisho.firmware.vuln.store.FileResult;
import io.sekisho.firmware.vuln.store.ImportListener;
import io.sekisho.firmware.vuln.store.ImportResult;
import io.sekisho.firmware.vuln.store.StoreException;
import io.sekisho.firmware.vuln.store.StoreImporter;
import io.sekisho.cli.SekishocCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * sekishoc firmware import [--store DIR] FILE...: reads NVD / KEV / JVN iPedia feed files into the store, all or
 * nothing. Progress goes to stderr, one summary line per file to stdout; a bad file is named with its record or
 * byte offset and the store stays as it was (exit 1).
 */
@Command(name = "import")
final class ImportSubcommand implements SekishocCommand {
	/** Progress lines on stderr every this many records. */
	private static final long PROGRESS_EVERY = 20_000;

	@Mixin
	private StoreOption options = new StoreOption();

	@Parameters(paramLabel = "FILE", descriptionKey = "FILE", arity = "1..*")
	private List<Path> names;

	@Override
	public int run(CommandIO io) throws CommandException {
		List<Path> files = new ArrayList<>();
		for (Path name : names) {
			Path file = name;
			if (!Files.isRegularFile(file)) {
				throw new CommandException(NLS.bind(Messages.Import_fileNotFound, name), ExitCode.PROBLEMS);
			}
			if (FeedReader.isCompanion(file)) {
				io.err().println(NLS.bind(Messages.Import_metaSkipped, name));
			} else {
				files.add(file);
			}
		}
		ImportResult result;
		try {
			result = new StoreImporter(options.store()).importFiles(files, new Progress(io.err()));
		} catch (FeedException | StoreException e) {
			io.err().println(e.getMessage());
			throw new CommandException(NLS.bind(Messages.Import_unchanged, options.store()), ExitCode.PROBLEMS);
		} catch (IOException e) {
			throw new CommandException(NLS.bind(Messages.Import_failed, options.store(), e.toString()), e);
		}
		if (result.rebuilt()) {
			io.out().println(NLS.bind(Messages.Import_rebuilt, options.store()));
		}
		for (FileResult file : result.files()) {
			io.out().println(NLS.bind(Messages.Import_fileResult, new Object[] { file.name(), Labels.format(file.format()),
					Long.valueOf(file.read()), Long.valueOf(file.added()), Long.valueOf(file.updated()),
					Long.valueOf(file.skipped()) }));
		}
		io.out().println(NLS.bind(Messages.Import_done, options.store()));
		return ExitCode.OK;
	}

	/** Progress on stderr: a line when a file starts, and every {@link #PROGRESS_EVERY} records. */
	private static final class Progress implements ImportListener {
		private final PrintStream err;
		private long nextReport;

		Progress(PrintStream err) {
			this.err = err;
		}

		@Override
		public void started(Path file, boolean kept) {
			nextReport = PROGRESS_EVERY;
			err.println(NLS.bind(kept ? Messages.Import_replaying : Messages.Import_reading, file));
		}

		@Override
		public void progress(Path file, long records, long bytes) {
			if (records >= nextReport) {
				nextReport += PROGRESS_EVERY;
				err.println(NLS.bind(Messages.Import_progress, new Object[] { file.getFileName(), Long.valueOf(records),
						Long.valueOf(bytes >> 20) }));
			}
		}
	}
}
