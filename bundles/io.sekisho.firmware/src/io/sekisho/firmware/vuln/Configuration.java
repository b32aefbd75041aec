package io.sekisho.firmware.vuln;

import java.util.List;

/**
 * One NVD configuration: the CVE applies when this configuration applies (any one of a record's configurations).
 *
 * @param operator {@code AND} or {@code OR} over the nodes ({@code OR} when the feed omits it)
 */
public record Configuration(String operator, boolean negate, List<Node> nodes) {
	public Configuration {
		nodes = Lists.copy(nodes);
	}
}
