package io.sekisho.cli.internal.install;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.cli.SekishocCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * sekishoc vendors add REPO… | remove FEATURE-ID… | list: vendor bundles into this unpacked product, from a p2
 * repository (a folder, or a zip as a vendor ships it), with the p2 director. The changes take effect at the next
 * start of sekisho or sekishoc.
 */
@Command(name = "vendors", subcommands = { InstallCommand.Add.class, InstallCommand.Remove.class, InstallCommand.ListInstalled.class })
public final class InstallCommand {

	/** every feature of the repository: a vendor's repository holds the vendor's features */
	static final String ALL_FEATURES = "Q:everything.select(x | x.properties ~= filter('(org.eclipse.equinox.p2.type.group=true)'))"; //$NON-NLS-1$
	/** the p2 profile of Sekisho's products (written when the product is assembled) */
	static final String PROFILE = "DefaultProfile"; //$NON-NLS-1$

	/** sekishoc vendors add REPOSITORY...: installs every feature of the repositories. */
	@Command(name = "add")
	public static final class Add implements SekishocCommand {
		@Parameters(paramLabel = "REPOSITORY", descriptionKey = "REPOSITORY", arity = "1..*")
		private List<Path> repositories;

		@Override
		public int run(CommandIO io) throws CommandException {
			List<String> uris = new ArrayList<>();
			for (Path r : repositories) {
				uris.add(repositoryUri(r).toString());
			}
			return direct(io, true, List.of("-repository", String.join(",", uris), "-installIU", ALL_FEATURES)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	/** sekishoc vendors remove FEATURE-ID...: uninstalls features. */
	@Command(name = "remove")
	public static final class Remove implements SekishocCommand {
		@Parameters(paramLabel = "FEATURE-ID", descriptionKey = "FEATURE-ID", arity = "1..*")
		private List<String> features;

		@Override
		public int run(CommandIO io) throws CommandException {
			return direct(io, false, List.of("-uninstallIU", String.join(",", features))); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** sekishoc vendors list: the installed root features. */
	@Command(name = "list")
	public static final class ListInstalled implements SekishocCommand {
		@Override
		public int run(CommandIO io) throws CommandException {
			return direct(io, null, List.of("-listInstalledRoots")); //$NON-NLS-1$
		}
	}

	/** @param add true to install, false to remove, null to list */
	static int direct(CommandIO io, Boolean add, List<String> what) throws CommandException {
		Path home = installLocation();
		P2Director director = new P2Director(RegistryFactory.getRegistry());
		if (!director.isAvailable()) {
			throw new CommandException(Messages.Install_noDirector);
		}
		List<String> arguments = new ArrayList<>(List.of("-destination", home.toString(), "-profile", PROFILE)); //$NON-NLS-1$ //$NON-NLS-2$
		arguments.addAll(what);
		if (add != null) {
			io.err().println(NLS.bind(add.booleanValue() ? Messages.Install_running : Messages.Install_removing, home));
		}
		try {
			int code = director.run(arguments.toArray(String[]::new));
			if (code != 0) {
				throw new CommandException(NLS.bind(Messages.Install_failed, code));
			}
		} catch (CoreException e) {
			throw new CommandException(NLS.bind(Messages.Install_failed, e.getMessage()), e);
		}
		if (add != null) {
			io.out().println(Messages.Install_restart);
		}
		return ExitCode.OK;
	}

	/** A repository folder, or a zip of one (as vendors ship them); named in the message when it is neither. */
	static URI repositoryUri(Path path) throws CommandException {
		Path p = path.toAbsolutePath().normalize();
		if (Files.isDirectory(p)) {
			if (!Files.exists(p.resolve("content.jar")) && !Files.exists(p.resolve("content.xml")) //$NON-NLS-1$ //$NON-NLS-2$
					&& !Files.exists(p.resolve("content.xml.xz")) && !Files.exists(p.resolve("p2.index"))) { //$NON-NLS-1$ //$NON-NLS-2$
				throw new CommandException(NLS.bind(Messages.Install_notARepository, p));
			}
			return p.toUri();
		}
		if (Files.isRegularFile(p) && p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) { //$NON-NLS-1$
			try {
				return new URI("jar:" + p.toUri() + "!/"); //$NON-NLS-1$ //$NON-NLS-2$
			} catch (URISyntaxException e) {
				throw new CommandException(NLS.bind(Messages.Install_notARepository, p));
			}
		}
		throw new CommandException(NLS.bind(Messages.Install_notARepository, p));
	}

	private static Path installLocation() throws CommandException {
		String area = System.getProperty("osgi.install.area"); //$NON-NLS-1$
		if (area == null) {
			throw new CommandException(Messages.Install_noInstallArea);
		}
		try {
			return Path.of(new URI(area.replace(" ", "%20"))); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (URISyntaxException | IllegalArgumentException e) {
			return Path.of(area.replaceFirst("^file:", "")); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
