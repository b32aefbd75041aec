package io.sekisho.firmware.vuln;

import java.util.List;
import java.util.Objects;

/** Null-tolerant immutable copies for the record constructors. */
final class Lists {
	private Lists() {
	}

	static <T> List<T> copy(List<T> list) {
		if (list == null || list.isEmpty()) {
			return List.of();
		}
		return list.stream().filter(Objects::nonNull).toList();
	}
}
