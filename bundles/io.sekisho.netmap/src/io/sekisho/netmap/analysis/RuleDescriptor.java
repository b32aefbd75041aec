package io.sekisho.netmap.analysis;

/**
 * A rule as contributed: its id (machine output shows it), severity, name and description in the user's language
 * (from the contributor's plugin.properties / plugin_ja.properties), and the rule itself.
 */
public record RuleDescriptor(String id, RuleSeverity severity, String name, String description, String contributor, NetworkRule rule) {
}
