package io.sekisho.netmap.internal.cli;

/** JSON string literals for the machine output. */
final class Json {

	private Json() {
	}

	static String string(String value) {
		if (value == null) {
			return "null"; //$NON-NLS-1$
		}
		StringBuilder b = new StringBuilder(value.length() + 2).append('"');
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> b.append("\\\""); //$NON-NLS-1$
				case '\\' -> b.append("\\\\"); //$NON-NLS-1$
				case '\n' -> b.append("\\n"); //$NON-NLS-1$
				case '\r' -> b.append("\\r"); //$NON-NLS-1$
				case '\t' -> b.append("\\t"); //$NON-NLS-1$
				default -> {
					if (c < 0x20) {
						b.append(String.format("\\u%04x", (int) c)); //$NON-NLS-1$
					} else {
						b.append(c);
					}
				}
			}
		}
		return b.append('"').toString();
	}
}
