package io.sekisho.cli.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.CommandException;
import io.sekisho.cli.ExitCode;

/**
 * One contribution to io.sekisho.cli.commands; the command class is loaded only when the command runs.
 *
 * @param usage the synopsis the contribution gives for the command list, or {@code null}
 */
public record CommandDescriptor(String name, String summary, String usage, String contributor, IConfigurationElement element) {

	static CommandDescriptor of(IConfigurationElement element) {
		return new CommandDescriptor(element.getAttribute("name"), element.getAttribute("summary"), //$NON-NLS-1$ //$NON-NLS-2$
				element.getAttribute("usage"), element.getContributor().getName(), element); //$NON-NLS-1$
	}

	/** The line of the command list: the contribution's usage, else the name with the hint that it has options. */
	public String synopsis() {
		return usage != null && !usage.isBlank() ? usage : name + " ..."; //$NON-NLS-1$
	}

	/**
	 * @return a new instance of the command class: a picocli-annotated class, or a legacy {@code Command}
	 * @throws CommandException naming the command and the bundle that contributed it when its class cannot be
	 *                          loaded or created (a broken vendor bundle): the other commands keep working
	 */
	public Object create() throws CommandException {
		try {
			return element.createExecutableExtension("class"); //$NON-NLS-1$
		} catch (CoreException | LinkageError e) {
			throw new CommandException(NLS.bind(Messages.Sekishoc_brokenCommand, new Object[] { name, contributor, e.getMessage() }),
					ExitCode.INTERNAL_ERROR);
		}
	}
}
