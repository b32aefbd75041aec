package io.sekisho.ui.internal.wizards;

/** A workspace project name from a facility name: the name itself, without the characters no file system allows. */
final class ProjectNames {

	private ProjectNames() {
	}

	static String of(String facilityName) {
		return facilityName.strip().replaceAll("[\\\\/:*?\"<>|]", "_"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
