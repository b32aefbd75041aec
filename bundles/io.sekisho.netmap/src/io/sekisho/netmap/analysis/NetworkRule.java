package io.sekisho.netmap.analysis;

/**
 * One analysis rule of the network map, contributed through the extension point {@code io.sekisho.netmap.rules}
 * (which gives its id, severity and texts). Implementations read the graph and report what they find; they keep
 * no state between runs and must be quick (the whole analysis of 5,000 devices takes well under 200 ms).
 */
public interface NetworkRule {

	void check(NetworkGraph graph, RuleContext context);
}
