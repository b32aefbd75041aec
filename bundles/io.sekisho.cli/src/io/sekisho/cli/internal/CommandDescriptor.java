package io.sekisho.cli.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.Command;
import io.sekisho.cli.CommandException;
import io.sekisho.cli.ExitCode;

/** One contribution to io.sekisho.cli.commands; the command class is loaded only when the command runs. */
public record CommandDescriptor(String name, String summary, String usage, String contributor, IConfigurationElement element) {

	static CommandDescriptor of(IConfigurationElement element) {
		return new CommandDescriptor(element.getAttribute("name"), element.getAttribute("summary"), //$NON-NLS-1$ //$NON-NLS-2$
				element.getAttribute("usage"), element.getContributor().getName(), element); //$NON-NLS-1$
	}

	/**
	 * @throws CommandException naming the command and the bundle that contributed it when its class cannot be
	 *                          loaded or created (a broken vendor bundle): the other commands keep working
	 */
	public Command create() throws CommandException {
		try {
			return (Command) element.createExecutableExtension("class"); //$NON-NLS-1$
		} catch (CoreException | ClassCastException | LinkageError e) {
			throw new CommandException(NLS.bind(Messages.Sekishoc_brokenCommand, new Object[] { name, contributor, e.getMessage() }),
					ExitCode.INTERNAL_ERROR);
		}
	}
}
