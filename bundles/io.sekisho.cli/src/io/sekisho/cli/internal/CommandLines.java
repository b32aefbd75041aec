package io.sekisho.cli.internal;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.CommandException;
import io.sekisho.cli.ExitCode;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.PicocliException;

/**
 * Builds the picocli command line of one contributed command the same way for every command: {@code --help} on the
 * command and each subcommand, help texts from {@code commands*.properties} beside each command class (see
 * {@link CommandTexts}), no {@code @file} expansion, no colours.
 */
public final class CommandLines {

	/** The base name of the help texts in the package of a command class. */
	public static final String TEXTS = "commands"; //$NON-NLS-1$
	/** Columns of the help text (a wider terminal still reads it; a narrower one wraps). */
	private static final int WIDTH = 100;

	private CommandLines() {
	}

	/** A contribution that parses its own words (Sekisho 0.1's {@code Command}) and is no picocli command. */
	@SuppressWarnings("removal")
	public static boolean isLegacy(Object command) {
		return command instanceof io.sekisho.cli.Command && !command.getClass().isAnnotationPresent(CommandLine.Command.class);
	}

	/**
	 * @throws CommandException naming the command and its bundle when the class is no picocli command or its
	 *                          annotations are inconsistent (two options of one name ...): a broken contribution
	 */
	public static CommandLine create(CommandDescriptor descriptor, Object command) throws CommandException {
		if (!command.getClass().isAnnotationPresent(CommandLine.Command.class)) {
			throw broken(descriptor, NLS.bind(Messages.Sekishoc_notACommand, command.getClass().getName()));
		}
		try {
			CommandLine line = new CommandLine(command);
			line.setCommandName(descriptor.name());
			line.setExpandAtFiles(false); // an argument "@file" is a file name, never a list of arguments to read
			line.setUsageHelpWidth(WIDTH);
			line.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
			ResourceBundle common = ResourceBundle.getBundle(CommandLines.class.getPackageName() + '.' + TEXTS, Locale.getDefault(),
					CommandLines.class.getClassLoader());
			Deque<CommandLine> todo = new ArrayDeque<>();
			todo.add(line);
			while (!todo.isEmpty()) {
				CommandLine next = todo.poll();
				prepare(next, common);
				todo.addAll(next.getSubcommands().values());
			}
			return line;
		} catch (PicocliException e) {
			throw broken(descriptor, e.getMessage());
		}
	}

	private static CommandException broken(CommandDescriptor descriptor, String reason) {
		return new CommandException(NLS.bind(Messages.Sekishoc_brokenCommand, new Object[] { descriptor.name(), descriptor.contributor(), reason }),
				ExitCode.INTERNAL_ERROR);
	}

	private static void prepare(CommandLine line, ResourceBundle common) {
		CommandSpec spec = line.getCommandSpec();
		if (spec.findOption("--help") == null) { //$NON-NLS-1$
			spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).descriptionKey("sekishoc.help").build()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		spec.resourceBundle(new CommandTexts(moduleTexts(spec.userObject().getClass()), keyPrefix(line), common));
	}

	private static ResourceBundle moduleTexts(Class<?> type) {
		try {
			return ResourceBundle.getBundle(type.getPackageName() + '.' + TEXTS, Locale.getDefault(), type.getClassLoader());
		} catch (MissingResourceException e) {
			return null; // a command without help texts: picocli shows the annotations' descriptions, if any
		}
	}

	/** "workbook.export." for sekishoc workbook export. */
	public static String keyPrefix(CommandLine line) {
		StringBuilder prefix = new StringBuilder();
		for (CommandLine l = line; l != null; l = l.getParent()) {
			prefix.insert(0, l.getCommandName() + '.');
		}
		return prefix.toString();
	}

	/** "workbook export" for sekishoc workbook export. */
	static String path(CommandLine line) {
		String prefix = keyPrefix(line);
		return prefix.substring(0, prefix.length() - 1).replace('.', ' ');
	}

	static void printHelp(CommandLine line, PrintStream out) {
		line.usage(out, Help.Ansi.OFF);
	}
}
