package io.sekisho.cli.internal.install;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.cli.SekishocCommand;
import io.sekisho.vendors.VendorInstallException;
import io.sekisho.vendors.VendorInstaller;
import io.sekisho.vendors.VendorRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * sekishoc vendors add REPO… | remove FEATURE-ID… | list: vendor bundles into this unpacked product, from a p2
 * repository (a folder, or a zip as a vendor ships it), through the vendor installer that the rich client's
 * dialog uses too. The changes take effect at the next start of sekisho or sekishoc.
 */
@Command(name = "vendors", subcommands = { InstallCommand.Add.class, InstallCommand.Remove.class, InstallCommand.ListInstalled.class })
public final class InstallCommand {

	/** sekishoc vendors add REPOSITORY...: installs every feature of the repositories. */
	@Command(name = "add")
	public static final class Add implements SekishocCommand {
		@Parameters(paramLabel = "REPOSITORY", descriptionKey = "REPOSITORY", arity = "1..*")
		private List<Path> repositories;

		@Override
		public int run(CommandIO io) throws CommandException {
			VendorInstaller installer = VendorInstaller.forThisProduct();
			try {
				List<VendorRepository> opened = new ArrayList<>();
				for (Path r : repositories) {
					opened.add(VendorRepository.open(r));
				}
				io.err().println(NLS.bind(Messages.Install_running, installer.installLocation()));
				installer.add(opened);
			} catch (VendorInstallException e) {
				throw new CommandException(e.getMessage(), e);
			}
			io.out().println(Messages.Install_restart);
			return ExitCode.OK;
		}
	}

	/** sekishoc vendors remove FEATURE-ID...: uninstalls features. */
	@Command(name = "remove")
	public static final class Remove implements SekishocCommand {
		@Parameters(paramLabel = "FEATURE-ID", descriptionKey = "FEATURE-ID", arity = "1..*")
		private List<String> features;

		@Override
		public int run(CommandIO io) throws CommandException {
			VendorInstaller installer = VendorInstaller.forThisProduct();
			try {
				io.err().println(NLS.bind(Messages.Install_removing, installer.installLocation()));
				installer.remove(features);
			} catch (VendorInstallException e) {
				throw new CommandException(e.getMessage(), e);
			}
			io.out().println(Messages.Install_restart);
			return ExitCode.OK;
		}
	}

	/** sekishoc vendors list: the installed root features. */
	@Command(name = "list")
	public static final class ListInstalled implements SekishocCommand {
		@Override
		public int run(CommandIO io) throws CommandException {
			try {
				VendorInstaller.forThisProduct().listInstalledRoots();
			} catch (VendorInstallException e) {
				throw new CommandException(e.getMessage(), e);
			}
			return ExitCode.OK;
		}
	}
}
