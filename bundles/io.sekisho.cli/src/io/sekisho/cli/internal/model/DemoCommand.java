package io.sekisho.cli.internal.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.Command;
import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandFiles;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.core.demo.DemoFacility;
import io.sekisho.model.facility.FacilityWorkbook;

/** sekishoc demo --out FILE [--force]: writes the demo facility 厚労記念病院. Never overwrites a file unless told to. */
public final class DemoCommand implements Command {

	private static final String OUT = "--out"; //$NON-NLS-1$
	private static final String FORCE = "--force"; //$NON-NLS-1$

	@Override
	public int run(List<String> args, CommandIO io) throws CommandException {
		Path out = null;
		boolean force = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals(OUT) && i + 1 < args.size() && out == null) {
				out = Path.of(args.get(++i));
			} else if (arg.equals(FORCE)) {
				force = true;
			} else {
				throw new CommandException(NLS.bind(Messages.Model_unexpectedArgument, arg), ExitCode.USAGE);
			}
		}
		if (out == null) {
			throw new CommandException(Messages.Demo_missingOut, ExitCode.USAGE);
		}
		if (Files.exists(out) && !force) {
			throw new CommandException(NLS.bind(Messages.Demo_exists, out));
		}
		FacilityWorkbook demo = DemoFacility.withFreshSalt();
		CommandFiles.saveNew(demo, out);
		io.out().println(NLS.bind(Messages.Demo_written, new Object[] { out, demo.getFacility().getName(), demo.getDevices().size() }));
		return ExitCode.OK;
	}
}
