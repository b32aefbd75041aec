package io.sekisho.password.internal.cli;

/** JSON string literals for the one-object-per-line output. */
final class Json {

	private Json() {
	}

	static String array(java.util.List<String> values) {
		return "[" + String.join(",", values.stream().map(Json::string).toList()) + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	static String string(String s) {
		if (s == null) {
			return "null"; //$NON-NLS-1$
		}
		StringBuilder out = new StringBuilder("\""); //$NON-NLS-1$
		for (char c : s.toCharArray()) {
			switch (c) {
			case '"' -> out.append("\\\""); //$NON-NLS-1$
			case '\\' -> out.append("\\\\"); //$NON-NLS-1$
			case '\n' -> out.append("\\n"); //$NON-NLS-1$
			case '\r' -> out.append("\\r"); //$NON-NLS-1$
			case '\t' -> out.append("\\t"); //$NON-NLS-1$
			default -> {
				if (c < 0x20) {
					out.append(String.format("\\u%04x", (int) c)); //$NON-NLS-1$
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.append('"').toString();
	}
}
