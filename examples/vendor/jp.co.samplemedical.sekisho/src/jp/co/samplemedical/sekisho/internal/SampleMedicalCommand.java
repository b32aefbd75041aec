package jp.co.samplemedical.sekisho.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.sekisho.catalog.CatalogEntry;
import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.cli.SekishocCommand;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.persistence.SekishoFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * sekishoc samplemedical devices FILE.sekisho: our devices of a facility, one per line, tab-separated:
 * name, model, support status, remote maintenance. Exit 1 when one of them is past its end of support.
 * Options, --help and errors are sekishoc's (picocli); the help texts are in commands*.properties.
 */
@Command(name = "samplemedical", subcommands = SampleMedicalCommand.Devices.class)
public final class SampleMedicalCommand {

	/** sekishoc samplemedical devices FILE.sekisho */
	@Command(name = "devices")
	public static final class Devices implements SekishocCommand {

		@Parameters(paramLabel = "FILE.sekisho", descriptionKey = "FILE")
		private Path file;

		@Override
		public int run(CommandIO io) throws CommandException {
			FacilityWorkbook workbook;
			try {
				workbook = SekishoFiles.loadWorkbook(file);
			} catch (IOException e) {
				throw new CommandException(Messages.bind(Messages.Command_unreadable, file, e.getMessage()));
			}
			List<Device> ours = OurDevices.of(workbook);
			if (ours.isEmpty()) {
				io.out().println(Messages.bind(Messages.Command_none, file.getFileName()));
				return ExitCode.OK;
			}
			io.out().println(Messages.bind(Messages.Command_header, file.getFileName()));
			LocalDate today = LocalDate.now();
			boolean ended = false;
			for (Device device : ours) {
				CatalogEntry product = OurDevices.product(device).orElseThrow();
				String support = product.endOfSupport().map(d -> Messages.bind(
						d.isBefore(today) ? Messages.Command_supportEnded : Messages.Command_supported, d))
						.orElse(Messages.text(Messages.Command_unknownSupport));
				ended |= product.isPastEndOfSupport(today);
				String remote = Messages.text(device.isRemoteMaintenance() ? Messages.Sheet_remote : Messages.Sheet_onSite);
				io.out().println(String.join("\t", device.getName(), product.modelName(Locale.getDefault()), support, remote)); //$NON-NLS-1$
			}
			return ended ? ExitCode.PROBLEMS : ExitCode.OK;
		}
	}
}
