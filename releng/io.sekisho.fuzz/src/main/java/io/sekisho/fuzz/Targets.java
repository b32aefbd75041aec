package io.sekisho.fuzz;

/** What every target asserts of a reader's own exception. */
final class Targets {
	private Targets() {
	}

	/** The message must name the file, so that the user finds it. */
	static void requireNamed(Exception e, String fileName) {
		if (e.getMessage() == null || !e.getMessage().contains(fileName)) {
			throw new IllegalStateException("the reader's exception does not name the file: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}
}
