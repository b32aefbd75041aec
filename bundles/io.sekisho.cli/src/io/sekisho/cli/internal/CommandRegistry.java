package io.sekisho.cli.internal;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/** The sekishoc commands contributed through io.sekisho.cli.commands, by name. */
public final class CommandRegistry {

	public static final String EXTENSION_POINT = "io.sekisho.cli.commands"; //$NON-NLS-1$

	private final Map<String, CommandDescriptor> commands = new TreeMap<>();
	private final StringBuilder conflicts = new StringBuilder();

	public CommandRegistry(IExtensionRegistry registry) {
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			CommandDescriptor descriptor = CommandDescriptor.of(element);
			CommandDescriptor previous = commands.putIfAbsent(descriptor.name(), descriptor);
			if (previous != null) {
				// first one wins; the conflict is reported by "help" so a vendor bundle notices it
				conflicts.append(descriptor.name()).append(" (").append(previous.contributor()).append(", ") //$NON-NLS-1$ //$NON-NLS-2$
						.append(descriptor.contributor()).append(") "); //$NON-NLS-1$
			}
		}
	}

	public static CommandRegistry fromPlatform() {
		return new CommandRegistry(RegistryFactory.getRegistry());
	}

	public Optional<CommandDescriptor> find(String name) {
		return Optional.ofNullable(commands.get(name));
	}

	public Iterable<CommandDescriptor> all() {
		return commands.values();
	}

	/** @return commands contributed twice with their contributors, or an empty string */
	public String conflicts() {
		return conflicts.toString().trim();
	}
}
