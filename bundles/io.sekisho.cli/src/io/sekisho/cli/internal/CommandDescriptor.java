package io.sekisho.cli.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;

import io.sekisho.cli.Command;

/** One contribution to io.sekisho.cli.commands; the command class is loaded only when the command runs. */
public record CommandDescriptor(String name, String summary, String usage, String contributor, IConfigurationElement element) {

	static CommandDescriptor of(IConfigurationElement element) {
		return new CommandDescriptor(element.getAttribute("name"), element.getAttribute("summary"), //$NON-NLS-1$ //$NON-NLS-2$
				element.getAttribute("usage"), element.getContributor().getName(), element); //$NON-NLS-1$
	}

	public Command create() throws CoreException {
		return (Command) element.createExecutableExtension("class"); //$NON-NLS-1$
	}
}
