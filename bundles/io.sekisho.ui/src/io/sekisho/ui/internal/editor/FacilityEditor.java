package io.sekisho.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.ResourceAttributes;
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
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
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
import io.sekisho.model.persistence.AtomicFileWriter;
import io.sekisho.model.persistence.FacilityFiles;
import io.sekisho.model.persistence.FacilityLock;
import io.sekisho.model.persistence.ModelLoadException;
import io.sekisho.model.persistence.SekishoResource;
import io.sekisho.model.persistence.SekishoResourceFactory;
import io.sekisho.ui.editor.FacilityEditorContext;
import io.sekisho.ui.editor.FacilityPage;
import io.sekisho.ui.emf.ItemPropertySourceProvider;
import io.sekisho.ui.internal.Messages;
import io.sekisho.ui.internal.markers.ProblemMarkers;

/**
 * The editor of one .sekisho file: a multi-page form editor over one EMF editing domain. Its pages come from the
 * extension point {@code io.sekisho.ui.editorPages} (the built-in ones too), each reaching the model through a
 * {@link FacilityEditorContext}. Every change is a command on the domain's command stack (undo, redo, dirty state);
 * saving is the model's atomic save.
 */
public class FacilityEditor extends FormEditor implements IEditingDomainProvider, IGotoMarker {

	public static final String ID = "io.sekisho.ui.facilityEditor"; //$NON-NLS-1$

	private final ComposedAdapterFactory adapterFactory = AdapterFactories.create();
	private final BasicCommandStack commandStack = new BasicCommandStack();
	private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack);
	private final SelectionRelay selection = new SelectionRelay();
	private final CommandStackListener dirtyListener = this::commandStackChanged;
	private final EditorContext context = new EditorContext(this);
	/** The pages in page order, as created from their contributions. */
	private final List<FacilityPage> facilityPages = new ArrayList<>();
	private LocalResourceManager images;
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
		images = new LocalResourceManager(JFaceResources.getResources(), getContainer());
		for (PageContribution contribution : PageContributions.read()) {
			addContributedPage(contribution);
		}
		// the Problems view shows what is wrong as soon as the file is open, not only after the first save
		try {
			ProblemMarkers.update(file(), workbook());
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
	}

	/** Creates and adds one page; a broken contribution (missing class, failing constructor) is logged and skipped. */
	private void addContributedPage(PageContribution contribution) {
		FacilityPage page;
		try {
			page = contribution.create();
			page.attach(contribution.id(), contribution.label(), context);
			page.initialize(this);
		} catch (CoreException | RuntimeException | LinkageError e) {
			PageContributions.logBroken(contribution, e);
			return;
		}
		try {
			int index = addPage(page);
			facilityPages.add(page);
			contribution.image().ifPresent(image -> setPageImage(index, images.create(image)));
		} catch (PartInitException | RuntimeException e) {
			PageContributions.logBroken(contribution, e);
		}
	}

	/** @return the pages of this editor in page order */
	public List<FacilityPage> facilityPages() {
		return List.copyOf(facilityPages);
	}

	/**
	 * Shows the page with {@code pageId}.
	 *
	 * @return false when there is no such page
	 */
	public boolean showPage(String pageId) {
		return setActivePage(pageId) != null;
	}

	/** @return the context the pages of this editor work with */
	public FacilityEditorContext context() {
		return context;
	}

	SekishoResource resource() {
		return resource;
	}

	/** @return true when the facility must not be changed: a read-only file or a backup copy */
	public boolean isReadOnly() {
		IFile file = file();
		ResourceAttributes attributes = file.getResourceAttributes();
		return attributes != null && attributes.isReadOnly() || file.getName().endsWith(AtomicFileWriter.BACKUP_SUFFIX);
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

	/**
	 * Goes to {@code element}: the first page (in page order) that shows it, or else its nearest container, is
	 * activated and reveals it; the element becomes the selection (Properties view). Without such a page the first
	 * page is shown.
	 */
	public void reveal(EObject element) {
		for (EObject candidate = element; candidate != null; candidate = candidate.eContainer()) {
			EObject shown = candidate;
			for (FacilityPage page : facilityPages) {
				if (asks(page, () -> page.shows(shown))) {
					setActivePage(page.getIndex());
					asks(page, () -> page.reveal(shown));
					setSelection(new StructuredSelection(element));
					return;
				}
			}
		}
		if (!facilityPages.isEmpty()) {
			setActivePage(facilityPages.get(0).getIndex());
		}
		setSelection(new StructuredSelection(element));
	}

	/** A contributed page's answer; a page that throws is logged and counts as "no". */
	private boolean asks(FacilityPage page, java.util.function.BooleanSupplier question) {
		try {
			return question.getAsBoolean();
		} catch (RuntimeException e) {
			ILog.of(getClass()).error(NLS.bind(Messages.Pages_contentFailed, page.getId(), page.getClass().getName()), e);
			return false;
		}
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == IPropertySheetPage.class) {
			propertySheetPage = new PropertySheetPage();
			propertySheetPage.setPropertySourceProvider(new ItemPropertySourceProvider(adapterFactory));
			return type.cast(propertySheetPage);
		}
		if (type == IContentOutlinePage.class) {
			return type.cast(new FacilityOutlinePage(context));
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
}
