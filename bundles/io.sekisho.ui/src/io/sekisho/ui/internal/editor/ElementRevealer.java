package io.sekisho.ui.internal.editor;

import org.eclipse.emf.ecore.EObject;

/** A page that can show and select one model element (used by markers and the outline). */
interface ElementRevealer {
	void reveal(EObject element);
}
