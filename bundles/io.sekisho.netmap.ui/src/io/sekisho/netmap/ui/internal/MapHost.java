package io.sekisho.netmap.ui.internal;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.widgets.Shell;

import io.sekisho.model.facility.FacilityWorkbook;

/**
 * What the network map needs from the editor it lives in: the part of the facility editor's page context
 * (CONTRACTS.md "Editor pages") the map uses, so the map also runs in a plain shell (tests, benchmarks).
 */
public interface MapHost {

	FacilityWorkbook facility();

	/** The .sekisho resource; the map's diagram is one of its roots. */
	Resource resource();

	EditingDomain editingDomain();

	/** Runs {@code command} on the editor's stack (undo, redo, dirty state). */
	void execute(Command command);

	/** The Properties view and Outline follow this selection. */
	void setSelection(ISelection selection);

	/** Goes to {@code element} wherever it is shown (another page, when not on the map). */
	void reveal(EObject element);

	Shell shell();

	boolean isReadOnly();
}
