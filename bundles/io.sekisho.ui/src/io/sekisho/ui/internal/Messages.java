package io.sekisho.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of io.sekisho.ui. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.sekisho.ui.internal.messages"; //$NON-NLS-1$

	public static String Application_title;
	public static String Application_noWorkspace;
	public static String Application_workspaceInUse;
	public static String Window_title;
	public static String Menu_file;
	public static String Menu_edit;
	public static String Menu_window;
	public static String Menu_help;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
