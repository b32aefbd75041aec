package io.sekisho.netmap.ui.internal;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Layout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.forms.IManagedForm;

import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.netmap.MapElements;
import io.sekisho.ui.editor.FacilityEditorContext;
import io.sekisho.ui.editor.FacilityPage;

/**
 * The network map page of the facility editor (io.sekisho.ui.editorPages, order 700): the map view over the
 * editor's context (the rules' results are markers through the facility checks, not written here).
 */
public class NetworkMapPage extends FacilityPage {

	public static final String ID = "io.sekisho.netmap.ui.page"; //$NON-NLS-1$

	private NetworkMapView view;

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		Composite body = managedForm.getForm().getBody();
		managedForm.getForm().setText(Messages.Page_title);
		// the map fills the page and scrolls itself: the form must not grow to the palette's preferred height
		body.setLayout(new FillingLayout());
		// the rules' results reach the Problems view through the check io.sekisho.netmap.checks.rules, as in sekishoc validate
		view = new NetworkMapView(body, new ContextHost(context()));
	}

	/** The map's view, once the page was shown. */
	public NetworkMapView view() {
		return view;
	}

	/** The map's zoom and scroll position go into the diagram with every save (no command: it is no edit). */
	@Override
	public void aboutToSave() {
		if (view != null) {
			view.storeViewport();
		}
	}

	@Override
	public boolean shows(EObject element) {
		if (view != null) {
			return view.shows(element);
		}
		return element instanceof io.sekisho.model.facility.Identified identified
				&& MapElements.of(context().facility()).node(identified.getId()) != null;
	}

	@Override
	public boolean reveal(EObject element) {
		return view != null && view.reveal(element);
	}

	/** The page context as the map's host. */
	private record ContextHost(FacilityEditorContext context) implements MapHost {

		@Override
		public FacilityWorkbook facility() {
			return context.facility();
		}

		@Override
		public Resource resource() {
			return context.resource();
		}

		@Override
		public EditingDomain editingDomain() {
			return context.editingDomain();
		}

		@Override
		public void execute(Command command) {
			context.execute(command);
		}

		@Override
		public void setSelection(ISelection selection) {
			context.setSelection(selection);
		}

		@Override
		public void reveal(EObject element) {
			context.reveal(element);
		}

		@Override
		public Shell shell() {
			return context.shell();
		}

		@Override
		public boolean isReadOnly() {
			return context.isReadOnly();
		}
	}

	/** Gives the only child all of the client area and asks for little itself. */
	private static final class FillingLayout extends Layout {

		@Override
		protected Point computeSize(Composite composite, int wHint, int hHint, boolean flushCache) {
			return new Point(wHint > 0 ? wHint : 600, hHint > 0 ? hHint : 400);
		}

		@Override
		protected void layout(Composite composite, boolean flushCache) {
			Rectangle area = composite.getClientArea();
			for (Control child : composite.getChildren()) {
				child.setBounds(area);
			}
		}
	}
}
