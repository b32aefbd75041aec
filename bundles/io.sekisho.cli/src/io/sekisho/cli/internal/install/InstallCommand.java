package io.sekisho.cli.internal.install;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.Command;
import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.vendors.VendorInstallException;
import io.sekisho.vendors.VendorInstaller;
import io.sekisho.vendors.VendorRepository;

/**
 * sekishoc vendors add REPO… | remove FEATURE-ID… | list: vendor bundles into this unpacked product, from a p2
 * repository (a folder, or a zip as a vendor ships it), through the vendor installer that the rich client's
 * dialog uses too. The changes take effect at the next start of sekisho or sekishoc.
 */
public final class InstallCommand implements Command {

	@Override
	public int run(List<String> args, CommandIO io) throws CommandException {
		if (args.isEmpty() || args.get(0).startsWith("-")) { //$NON-NLS-1$
			throw new CommandException(Messages.Install_usage, ExitCode.USAGE);
		}
		String sub = args.get(0);
		List<String> rest = args.subList(1, args.size());
		VendorInstaller installer = VendorInstaller.forThisProduct();
		try {
			switch (sub) {
			case "add" -> { //$NON-NLS-1$
				if (rest.isEmpty()) {
					throw new CommandException(Messages.Install_usage, ExitCode.USAGE);
				}
				List<VendorRepository> repositories = new ArrayList<>();
				for (String r : rest) {
					repositories.add(VendorRepository.open(Path.of(r)));
				}
				io.err().println(NLS.bind(Messages.Install_running, installer.installLocation()));
				installer.add(repositories);
			}
			case "remove" -> { //$NON-NLS-1$
				if (rest.isEmpty()) {
					throw new CommandException(Messages.Install_usage, ExitCode.USAGE);
				}
				io.err().println(NLS.bind(Messages.Install_removing, installer.installLocation()));
				installer.remove(rest);
			}
			case "list" -> installer.listInstalledRoots(); //$NON-NLS-1$
			default -> throw new CommandException(NLS.bind(Messages.Install_unknown, sub), ExitCode.USAGE);
			}
		} catch (VendorInstallException e) {
			throw new CommandException(e.getMessage(), e);
		}
		if (!"list".equals(sub)) { //$NON-NLS-1$
			io.out().println(Messages.Install_restart);
		}
		return ExitCode.OK;
	}
}
