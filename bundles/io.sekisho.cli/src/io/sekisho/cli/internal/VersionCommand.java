package io.sekisho.cli.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.Command;
import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.core.SekishoVersion;

/** sekishoc version: the Sekisho version (with build qualifier) and the Java runtime it runs on. */
public final class VersionCommand implements Command {

	@Override
	public int run(List<String> args, CommandIO io) throws CommandException {
		if (!args.isEmpty()) {
			throw new CommandException(NLS.bind(Messages.Sekishoc_unexpectedArgument, args.get(0)), ExitCode.USAGE);
		}
		io.out().println(NLS.bind(Messages.Version_line, SekishoVersion.release(), SekishoVersion.current()));
		io.out().println(NLS.bind(Messages.Version_java, System.getProperty("java.version"), System.getProperty("java.vendor"))); //$NON-NLS-1$ //$NON-NLS-2$
		return ExitCode.OK;
	}
}
