package io.sekisho.ui.tests.pages;

import io.sekisho.ui.editor.FacilityPage;

/** A broken contribution: its constructor throws (contributed only while a test runs). */
public final class ThrowingTestPage extends FacilityPage {

	public ThrowingTestPage() {
		throw new IllegalStateException("this page cannot be created"); //$NON-NLS-1$
	}
}
