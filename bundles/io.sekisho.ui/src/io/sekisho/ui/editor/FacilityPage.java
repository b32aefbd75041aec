package io.sekisho.ui.editor;

import java.util.Objects;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;

import io.sekisho.ui.internal.Messages;

/**
 * A page of the facility editor, contributed through the extension point {@code io.sekisho.ui.editorPages}.
 * Subclasses have a public no-argument constructor and build their controls in
 * {@link #createFormContent(IManagedForm)}, where {@link #context()} gives them the model and the editor's
 * services. The editor creates every page when it opens, and a page's controls when it is first shown.
 * <p>
 * A page that shows model elements overrides {@link #shows(EObject)} and {@link #reveal(EObject)}, so that "go to
 * element" from the Problems view and the Outline lands on it.
 */
public abstract class FacilityPage extends FormPage {

	private String pageId = ""; //$NON-NLS-1$
	private FacilityEditorContext context;

	/** Id and title come from the page's contribution. */
	protected FacilityPage() {
		super("", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Connects the page to its editor, before it is added.
	 *
	 * @noreference Called by the facility editor; not for clients.
	 */
	public final void attach(String id, String title, FacilityEditorContext editorContext) {
		if (context != null) {
			throw new IllegalStateException(NLS.bind("page {0} is already attached", pageId)); //$NON-NLS-1$
		}
		this.pageId = Objects.requireNonNull(id);
		this.context = Objects.requireNonNull(editorContext);
		setPartName(title == null ? id : title);
	}

	/** @return the editor's model and services; available from {@link #createFormContent(IManagedForm)} on */
	public final FacilityEditorContext context() {
		if (context == null) {
			throw new IllegalStateException("the page is not attached to a facility editor yet"); //$NON-NLS-1$
		}
		return context;
	}

	@Override
	public String getId() {
		return pageId;
	}

	/**
	 * @return true when this page shows {@code element}. The editor asks every page in page order, for the element and
	 *         then for its containers; the first page that accepts is shown. The default shows nothing.
	 */
	public boolean shows(EObject element) {
		return false;
	}

	/**
	 * Selects {@code element} on this page (and scrolls to it). Called after the page was made the active page, so
	 * its controls exist.
	 *
	 * @return true when the page found and selected the element
	 */
	public boolean reveal(EObject element) {
		return false;
	}

	/**
	 * Called by the editor just before it writes the file (Save and Save As). A page may put view state that is not
	 * an edit of its own into the model here, without a command (the network map stores its zoom and scroll
	 * position), so it is saved with the file without ever marking the editor dirty. Nothing by default.
	 */
	public void aboutToSave() {
	}

	/**
	 * Narrows what this page shows to the elements {@code filter} accepts, shows the filter's label and a way to show
	 * everything again; {@code null} shows everything. Called by
	 * {@link FacilityEditorContext#showPage(String, PageFilter)} after the page was made the active page, so its
	 * controls exist. A page built on {@link ModelTable} passes the filter to {@link ModelTable#setFilter(PageFilter)}
	 * of the table whose rows the filter {@linkplain PageFilter#narrows(org.eclipse.emf.ecore.EClass) narrows}.
	 * The default does nothing.
	 *
	 * @return true when the page applied the filter
	 */
	public boolean applyFilter(PageFilter filter) {
		return false;
	}

	/**
	 * Builds the page; a page whose content fails is reported (log, and a message on the page) instead of taking the
	 * editor down with it.
	 */
	@Override
	public final void createPartControl(Composite parent) {
		try {
			super.createPartControl(parent);
		} catch (RuntimeException | LinkageError e) {
			ILog.of(FacilityPage.class).log(Status.error(NLS.bind(Messages.Pages_contentFailed, pageId, getClass().getName()), e));
			IManagedForm form = getManagedForm();
			if (form != null && !form.getForm().isDisposed()) {
				showFailure(form.getForm().getBody());
			}
		}
	}

	private void showFailure(Composite body) {
		for (Control child : body.getChildren()) {
			child.dispose();
		}
		body.setLayout(new GridLayout(1, false));
		Label label = new Label(body, SWT.WRAP);
		label.setText(NLS.bind(Messages.Pages_contentFailedShown, getTitle()));
		label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		body.layout(true);
	}
}
