package io.sekisho.testing.faults;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Main class of a child JVM: {@code ChildMain CLASS METHOD ARG...} calls the static {@code METHOD(String[])} of
 * {@code CLASS} (a test fragment's class, outside OSGi). A throwable ends the child with exit code 1 after printing
 * {@code ERROR: message} of the throwable and of each cause on stderr, so the test can check what the user would read.
 */
public final class ChildMain {
	private ChildMain() {
	}

	public static void main(String[] args) throws Exception {
		Method method = Class.forName(args[0]).getDeclaredMethod(args[1], String[].class);
		method.setAccessible(true);
		try {
			method.invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
		} catch (InvocationTargetException e) {
			for (Throwable t = e.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
				System.err.println("ERROR: " + t.getClass().getName() + ": " + t.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			}
			e.getCause().printStackTrace();
			System.exit(1);
		}
		System.exit(0);
	}
}
