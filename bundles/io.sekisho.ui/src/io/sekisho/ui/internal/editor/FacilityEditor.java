package io.sekisho.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EventObject;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

import io.sekisho.model.facility.FacilityPackage;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.persistence.FacilityFiles;
import io.sekisho.model.persistence.FacilityLock;
import io.sekisho.model.persistence.ModelLoadException;
import io.sekisho.model.persistence.SekishoResource;
import io.sekisho.model.persistence.SekishoResourceFactory;
import io.sekisho.ui.internal.Messages;
import io.sekisho.ui.internal.emf.ItemPropertySourceProvider;
import io.sekisho.ui.internal.markers.ProblemMarkers;

/**
 * The editor of one .sekisho file: a multi-page form editor over one EMF editing domain. Every change is a
 * command on the domain's command stack (undo, redo, dirty state); saving is the model's atomic save.
 */
public class FacilityEditor extends FormEditor implements IEditingDomainProvider, IGotoMarker {

	public static final String ID = "io.sekisho.ui.facilityEditor"; //$NON-NLS-1$

	private final ComposedAdapterFactory adapterFactory = AdapterFactories.create();
	private final BasicCommandStack commandStack = new BasicCommandStack();
	private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack);
	private final SelectionRelay selection = new SelectionRelay();
	private final CommandStackListener dirtyListener = this::commandStackChanged;
	private SekishoResource resource;
	private FacilityLock lock;
	private PropertySheetPage propertySheetPage;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput fileInput)) {
			throw new PartInitException(NLS.bind(Messages.Editor_notAFile, input.getName()));
		}
		super.init(site, input);
		setPartName(input.getName());
		site.setSelectionProvider(selection);
		resource = load(fileInput.getFile());
		commandStack.addCommandStackListener(dirtyListener);
		UndoRedoActions undoRedo = new UndoRedoActions(commandStack);
		site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undoRedo.undo());
		site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), undoRedo.redo());
		site.getActionBars().updateActionBars();
	}

	private SekishoResource load(IFile file) throws PartInitException {
		Path path = file.getLocation().toFile().toPath();
		domain.getResourceSet().getResourceFactoryRegistry().getExtensionToFactoryMap()
				.put(SekishoResourceFactory.FILE_EXTENSION, new SekishoResourceFactory());
		domain.getResourceSet().getPackageRegistry().put(FacilityPackage.eNS_URI, FacilityPackage.eINSTANCE);
		SekishoResource loaded;
		try {
			// the one loader: opens no other file or address, names file, line and column of a load error
			loaded = FacilityFiles.load(path, domain.getResourceSet(), Map.of());
		} catch (ModelLoadException e) {
			throw new PartInitException(e.getMessage(), e);
		}
		lock = takeLock(path);
		return loaded;
	}

	@Override
	protected void addPages() {
		try {
			addPage(new OverviewPage(this));
			addPage(new DevicesPage(this));
			addPage(new AccountsPage(this));
			addPage(new ChecklistPage(this));
			addPage(new ContactsFindingsPage(this));
		} catch (PartInitException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
		// the Problems view shows what is wrong as soon as the file is open, not only after the first save
		try {
			ProblemMarkers.update(file(), workbook());
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
	}

	/** Shows page {@code index} (the order of {@link PageRouter}). */
	public void showPage(int index) {
		setActivePage(index);
	}

	public FacilityWorkbook workbook() {
		return resource.workbook();
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	public ComposedAdapterFactory adapterFactory() {
		return adapterFactory;
	}

	public IFile file() {
		return ((IFileEditorInput) getEditorInput()).getFile();
	}

	/** Pages report the selection of their viewers here; the Properties view follows it. */
	public void setSelection(ISelection newSelection) {
		selection.setSelection(newSelection);
	}

	@Override
	public boolean isDirty() {
		return commandStack.isSaveNeeded() || super.isDirty();
	}

	private void commandStackChanged(EventObject event) {
		getContainer().getDisplay().asyncExec(() -> {
			if (getContainer() != null && !getContainer().isDisposed()) {
				firePropertyChange(PROP_DIRTY);
				if (propertySheetPage != null && propertySheetPage.getControl() != null && !propertySheetPage.getControl().isDisposed()) {
					propertySheetPage.refresh();
				}
			}
		});
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			resource.save(Map.of());
			commandStack.saveIsDone();
			file().refreshLocal(0, monitor);
			ProblemMarkers.update(file(), workbook());
			firePropertyChange(PROP_DIRTY);
		} catch (IOException | CoreException e) {
			MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailedTitle,
					NLS.bind(Messages.Editor_saveFailed, file().getFullPath(), e.getMessage()));
		}
	}

	@Override
	public void doSaveAs() {
		throw new UnsupportedOperationException();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	/** Problems view: a double-click on a marker selects the element it names. */
	@Override
	public void gotoMarker(IMarker marker) {
		String fragment = marker.getAttribute(ProblemMarkers.ELEMENT_ATTRIBUTE, null);
		EObject element = fragment == null ? null : resource.getEObject(fragment);
		if (element != null) {
			reveal(element);
		}
	}

	/** Shows the page of {@code element}, selects it there and in the Properties view. */
	public void reveal(EObject element) {
		int page = PageRouter.pageIndexFor(element);
		setActivePage(page);
		if (getActivePageInstance() instanceof ElementRevealer revealer) {
			revealer.reveal(element);
		}
		setSelection(new StructuredSelection(element));
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == IPropertySheetPage.class) {
			propertySheetPage = new PropertySheetPage();
			propertySheetPage.setPropertySourceProvider(new ItemPropertySourceProvider(adapterFactory));
			return type.cast(propertySheetPage);
		}
		if (type == IContentOutlinePage.class) {
			return type.cast(new FacilityOutlinePage(this));
		}
		if (type == IGotoMarker.class) {
			return type.cast(this);
		}
		return super.getAdapter(type);
	}

	/**
	 * While the editor is open its file is locked, so a command-line writer refuses to overwrite it. A file open
	 * elsewhere is still opened here (without the lock); the read-only choice is the workbench's (issue 17).
	 */
	private static FacilityLock takeLock(Path path) {
		try {
			return FacilityLock.acquire(path);
		} catch (IOException e) {
			ILog.of(FacilityEditor.class).warn(e.getMessage());
			return null;
		}
	}

	@Override
	public void dispose() {
		if (lock != null) {
			try {
				lock.close();
			} catch (IOException e) {
				ILog.of(getClass()).warn(e.getMessage());
			}
		}
		commandStack.removeCommandStackListener(dirtyListener);
		adapterFactory.dispose();
		super.dispose();
	}

	/** Reports a failure to the user and the log, naming the file. */
	void showError(String title, Exception e) {
		ILog.of(getClass()).error(e.getMessage(), e);
		MessageDialog.openError(getSite().getShell(), title, e.getMessage());
	}
}
