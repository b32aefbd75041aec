package io.sekisho.netmap.internal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.model.persistence.SekishoResource;
import io.sekisho.netmap.drawio.DrawioImport;
import io.sekisho.netmap.drawio.DrawioReader;
import io.sekisho.netmap.internal.Messages;

/**
 * sekishoc netmap import FILE.sekisho DIAGRAM.drawio|.xml [--dry-run]: adds the diagram's zones, devices and links
 * (matched to existing devices by name or IP address), prints what it changed, saves atomically. A bad diagram
 * leaves the facility file untouched.
 */
final class ImportSubcommand {

	int run(List<String> args, CommandIO io) throws CommandException {
		Path file = null;
		Path drawing = null;
		boolean dryRun = false;
		for (String arg : args) {
			if ("--dry-run".equals(arg)) { //$NON-NLS-1$
				dryRun = true;
			} else if (arg.startsWith("-") || drawing != null) { //$NON-NLS-1$
				throw new CommandException(NLS.bind(Messages.Cli_unexpectedArgument, arg), ExitCode.USAGE);
			} else if (file == null) {
				file = Path.of(arg);
			} else {
				drawing = Path.of(arg);
			}
		}
		if (file == null) {
			throw new CommandException(Messages.Cli_missingFile, ExitCode.USAGE);
		}
		if (drawing == null) {
			throw new CommandException(Messages.Cli_missingDiagram, ExitCode.USAGE);
		}
		if (!Files.isRegularFile(drawing)) {
			throw new CommandException(NLS.bind(Messages.Cli_fileNotFound, drawing));
		}
		SekishoResource resource = FacilityFile.load(file);
		DrawioReader.Diagram diagram;
		try {
			diagram = DrawioReader.read(drawing);
		} catch (IOException e) {
			throw new CommandException(e.getMessage(), e);
		}
		DrawioImport plan = DrawioImport.plan(resource.workbook(), diagram);
		plan.warnings().forEach(io.err()::println);
		plan.describe().forEach(io.out()::println);
		io.err().println(NLS.bind(Messages.Cli_importSummary, new Object[] { drawing, plan.newZones().size(), plan.newDevices().size(),
				plan.newLinks().size(), plan.matchedDevices().size() }));
		if (plan.isEmpty()) {
			io.err().println(Messages.Cli_nothingToImport);
		}
		if (dryRun) {
			io.err().println(Messages.Cli_dryRun);
			return ExitCode.OK;
		}
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack(),
				resource.getResourceSet());
		domain.getCommandStack().execute(plan.command(domain, resource));
		try {
			resource.save(null);
		} catch (IOException e) {
			throw new CommandException(NLS.bind(Messages.Cli_cannotWrite, file, e.getMessage()), e);
		}
		return ExitCode.OK;
	}
}
