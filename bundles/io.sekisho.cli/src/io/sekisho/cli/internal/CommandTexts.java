package io.sekisho.cli.internal;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The help texts picocli reads for one command: {@code PREFIX + key} from the texts of the command's package (one
 * file serves a command and all its subcommands), else the key from sekishoc's common texts (headings, the
 * {@code --help} option). picocli asks with unprefixed keys: {@code usage.description}, an option's name without
 * dashes, a parameter's description key.
 */
final class CommandTexts extends ResourceBundle {

	private final ResourceBundle module;
	private final String prefix;
	private final ResourceBundle common;

	/** @param module the texts of the command's package, or {@code null} */
	CommandTexts(ResourceBundle module, String prefix, ResourceBundle common) {
		this.module = module;
		this.prefix = prefix;
		this.common = common;
	}

	@Override
	protected Object handleGetObject(String key) {
		if (module != null && module.containsKey(prefix + key)) {
			return module.getObject(prefix + key);
		}
		return common.containsKey(key) ? common.getObject(key) : null;
	}

	@Override
	protected Set<String> handleKeySet() {
		Set<String> keys = new LinkedHashSet<>(common.keySet());
		if (module != null) {
			for (String key : module.keySet()) {
				if (key.startsWith(prefix)) {
					keys.add(key.substring(prefix.length()));
				}
			}
		}
		return keys;
	}

	@Override
	public Enumeration<String> getKeys() {
		return Collections.enumeration(handleKeySet());
	}
}
