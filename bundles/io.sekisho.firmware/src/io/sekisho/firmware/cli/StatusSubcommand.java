package io.sekisho.firmware.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.firmware.vuln.StoreStatus;
import io.sekisho.firmware.vuln.VulnerabilityStore;
import io.sekisho.firmware.vuln.VulnerabilityStores;
import io.sekisho.firmware.vuln.store.StoreException;
import io.sekisho.cli.SekishocCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * sekishoc firmware status [--store DIR]: the date of the data and the records per source, awaiting analysis
 * included; a warning when the data is older than 30 days. Without imported data it reports the shipped snapshot,
 * which is what matching then uses.
 */
@Command(name = "status")
final class StatusSubcommand implements SekishocCommand {

	@Mixin
	private StoreOption options = new StoreOption();

	@Override
	public int run(CommandIO io) throws CommandException {
		StoreStatus status;
		try (VulnerabilityStore store = VulnerabilityStores.open(options.store())) {
			status = store.status();
		} catch (StoreException e) {
			throw new CommandException(e.getMessage(), ExitCode.PROBLEMS);
		}
		PrintStream out = io.out();
		if (status.isEmpty()) {
			out.println(NLS.bind(Messages.Status_noImport, options.store()));
			try (VulnerabilityStore snapshot = VulnerabilityStores.openShippedSnapshot()) {
				status = snapshot.status();
			} catch (IOException e) {
				throw new CommandException(NLS.bind(Messages.Status_noSnapshot, e.getMessage()), ExitCode.PROBLEMS);
			}
			out.println(Messages.Status_snapshot);
		} else {
			out.println(NLS.bind(Messages.Status_store, options.store()));
		}
		print(status, LocalDate.now(), out);
		return ExitCode.OK;
	}

	static void print(StoreStatus status, LocalDate today, PrintStream out) {
		if (status.dataDate() != null) {
			out.println(NLS.bind(Messages.Status_date, status.dataDate(), Long.valueOf(status.ageDays(today))));
		}
		out.println(NLS.bind(Messages.Status_nvd, new Object[] { Long.valueOf(status.nvdTotal()),
				Long.valueOf(status.nvdAnalysed()), Long.valueOf(status.nvdAwaiting()),
				Long.valueOf(status.nvdWithCnaData()) }));
		out.println(NLS.bind(Messages.Status_kev, Long.valueOf(status.kevEntries())));
		out.println(NLS.bind(Messages.Status_jvn, Long.valueOf(status.jvnAdvisories())));
		if (status.isStale(today)) {
			out.println(NLS.bind(Messages.Status_stale, Integer.valueOf(StoreStatus.STALE_AFTER_DAYS)));
		}
	}
}
