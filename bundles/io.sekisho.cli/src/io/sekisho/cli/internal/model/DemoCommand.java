package io.sekisho.cli.internal.model;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandFiles;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.cli.SekishocCommand;
import io.sekisho.core.demo.DemoFacility;
import io.sekisho.model.facility.FacilityWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * sekishoc demo --out FILE [--force] [--fiscal-year 2025]: writes the demo facility 厚労記念病院, answering this year's
 * checklist; with --fiscal-year 2025 as it stood a year ago (R7 only), to try the carry-over. Never overwrites a
 * file unless told to.
 */
@Command(name = "demo")
public final class DemoCommand implements SekishocCommand {

	private static final String LAST_YEAR = "2025"; //$NON-NLS-1$

	@Option(names = "--out", paramLabel = "FILE", required = true)
	private Path out;

	@Option(names = CommandFiles.FORCE)
	private boolean force;

	@Option(names = "--fiscal-year", paramLabel = "2025")
	private String fiscalYear;

	@Override
	public int run(CommandIO io) throws CommandException {
		if (fiscalYear != null && !LAST_YEAR.equals(fiscalYear)) {
			throw new CommandException(NLS.bind(Messages.Demo_badFiscalYear, fiscalYear), ExitCode.USAGE);
		}
		if (Files.exists(out) && !force) {
			throw new CommandException(NLS.bind(Messages.Demo_exists, out));
		}
		FacilityWorkbook demo = DemoFacility.withFreshSalt(fiscalYear == null);
		CommandFiles.saveNew(demo, out);
		io.out().println(NLS.bind(Messages.Demo_written, new Object[] { out, demo.getFacility().getName(), demo.getDevices().size() }));
		return ExitCode.OK;
	}
}
