package io.sekisho.ui.internal.editor;

/** Ids of the pages io.sekisho.ui contributes to its own editor (plugin.xml, io.sekisho.ui.editorPages). */
public final class BuiltInPages {

	public static final String OVERVIEW = "io.sekisho.ui.page.overview"; //$NON-NLS-1$
	public static final String DEVICES = "io.sekisho.ui.page.devices"; //$NON-NLS-1$
	public static final String ACCOUNTS = "io.sekisho.ui.page.accounts"; //$NON-NLS-1$
	public static final String CHECKLIST = "io.sekisho.ui.page.checklist"; //$NON-NLS-1$
	public static final String CONTACTS_FINDINGS = "io.sekisho.ui.page.contactsFindings"; //$NON-NLS-1$

	private BuiltInPages() {
	}
}
