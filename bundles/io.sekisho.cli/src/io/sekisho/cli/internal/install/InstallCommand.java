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

import io.sekisho.cli.Command;
import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;

/**
 * sekishoc vendors add REPO… | remove FEATURE-ID… | list: vendor bundles into this unpacked product, from a p2
 * repository (a folder, or a zip as a vendor ships it), with the p2 director. The changes take effect at the next
 * start of sekisho or sekishoc.
 */
public final class InstallCommand implements Command {

	/** every feature of the repository: a vendor's repository holds the vendor's features */
	static final String ALL_FEATURES = "Q:everything.select(x | x.properties ~= filter('(org.eclipse.equinox.p2.type.group=true)'))"; //$NON-NLS-1$
	/** the p2 profile of Sekisho's products (written when the product is assembled) */
	static final String PROFILE = "DefaultProfile"; //$NON-NLS-1$

	@Override
	public int run(List<String> args, CommandIO io) throws CommandException {
		if (args.isEmpty() || args.get(0).startsWith("-")) { //$NON-NLS-1$
			throw new CommandException(Messages.Install_usage, ExitCode.USAGE);
		}
		String sub = args.get(0);
		List<String> rest = args.subList(1, args.size());
		Path home = installLocation();
		P2Director director = new P2Director(RegistryFactory.getRegistry());
		if (!director.isAvailable()) {
			throw new CommandException(Messages.Install_noDirector);
		}
		List<String> arguments = new ArrayList<>(List.of("-destination", home.toString(), "-profile", PROFILE)); //$NON-NLS-1$ //$NON-NLS-2$
		switch (sub) {
		case "add" -> { //$NON-NLS-1$
			if (rest.isEmpty()) {
				throw new CommandException(Messages.Install_usage, ExitCode.USAGE);
			}
			List<String> repositories = new ArrayList<>();
			for (String r : rest) {
				repositories.add(repositoryUri(Path.of(r)).toString());
			}
			arguments.addAll(List.of("-repository", String.join(",", repositories), "-installIU", ALL_FEATURES)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		case "remove" -> { //$NON-NLS-1$
			if (rest.isEmpty()) {
				throw new CommandException(Messages.Install_usage, ExitCode.USAGE);
			}
			arguments.addAll(List.of("-uninstallIU", String.join(",", rest))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		case "list" -> arguments.add("-listInstalledRoots"); //$NON-NLS-1$
		default -> throw new CommandException(NLS.bind(Messages.Install_unknown, sub), ExitCode.USAGE);
		}
		if (!"list".equals(sub)) { //$NON-NLS-1$
			io.err().println(NLS.bind("add".equals(sub) ? Messages.Install_running : Messages.Install_removing, home)); //$NON-NLS-1$
		}
		try {
			int code = director.run(arguments.toArray(String[]::new));
			if (code != 0) {
				throw new CommandException(NLS.bind(Messages.Install_failed, code));
			}
		} catch (CoreException e) {
			throw new CommandException(NLS.bind(Messages.Install_failed, e.getMessage()), e);
		}
		if (!"list".equals(sub)) { //$NON-NLS-1$
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
