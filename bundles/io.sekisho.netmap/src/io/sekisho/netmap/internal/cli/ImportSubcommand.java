package io.sekisho.netmap.internal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
import io.sekisho.cli.SekishocCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * sekishoc netmap import FILE.sekisho DIAGRAM.drawio|.xml [--dry-run]: adds the diagram's zones, devices and links
 * (matched to existing devices by name or IP address), prints what it changed, saves atomically. A bad diagram
 * leaves the facility file untouched.
 */
@Command(name = "import")
final class ImportSubcommand implements SekishocCommand {

	@Parameters(index = "0", paramLabel = "FILE.sekisho", descriptionKey = "FILE")
	private Path file;

	@Parameters(index = "1", paramLabel = "DIAGRAM.drawio", descriptionKey = "DIAGRAM")
	private Path drawing;

	@Option(names = "--dry-run")
	private boolean dryRun;

	@Override
	public int run(CommandIO io) throws CommandException {
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
