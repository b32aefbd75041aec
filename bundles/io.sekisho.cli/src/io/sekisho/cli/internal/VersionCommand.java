package io.sekisho.cli.internal;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.cli.SekishocCommand;
import io.sekisho.core.SekishoVersion;
import picocli.CommandLine.Command;

/** sekishoc version: the Sekisho version (with build qualifier) and the Java runtime it runs on. */
@Command(name = "version")
public final class VersionCommand implements SekishocCommand {

	@Override
	public int run(CommandIO io) {
		io.out().println(NLS.bind(Messages.Version_line, SekishoVersion.release(), SekishoVersion.current()));
		io.out().println(NLS.bind(Messages.Version_java, System.getProperty("java.version"), System.getProperty("java.vendor"))); //$NON-NLS-1$ //$NON-NLS-2$
		return ExitCode.OK;
	}
}
