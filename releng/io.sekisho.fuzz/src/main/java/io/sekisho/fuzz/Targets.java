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

	/** @return whether TYPE is in the cause chain of E (E itself included) */
	static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (type.isInstance(t)) {
				return true;
			}
		}
		return false;
	}
}
