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
	private UndoRedoActions undoRedo;
	private LoadProblem loadProblem;
	private BrokenFileView brokenFileView;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput fileInput)) {
			throw new PartInitException(NLS.bind(Messages.Editor_notAFile, input.getName()));
		}
		super.init(site, input);
		setPartName(input.getName());
		site.setSelectionProvider(selection);
		resource = load(fileInput.getFile());
		updateTitle();
		commandStack.addCommandStackListener(dirtyListener);
		// Edit > Undo and Redo: FacilityActionBarContributor points them at this editor's stack when it is activated
		undoRedo = new UndoRedoActions(commandStack);
	}

	/** @return Undo and Redo of this editor's command stack */
	UndoRedoActions undoRedo() {
		return undoRedo;
	}

	/** Loads the file; when it cannot be read, records why in {@link #loadProblem} and returns null. */
	private SekishoResource load(IFile file) {
		Path path = file.getLocation().toFile().toPath();
		domain.getResourceSet().getResourceFactoryRegistry().getExtensionToFactoryMap()
				.put(SekishoResourceFactory.FILE_EXTENSION, new SekishoResourceFactory());
		domain.getResourceSet().getPackageRegistry().put(FacilityPackage.eNS_URI, FacilityPackage.eINSTANCE);
		SekishoResource loaded;
		try {
			// the one loader: opens no other file or address, names file, line and column of a load error
			loaded = FacilityFiles.load(path, domain.getResourceSet(), Map.of());
		} catch (IOException e) {
			// the file itself is left untouched: a resource that failed to load refuses to save
			loadProblem = LoadProblem.of(path, e);
			ILog.of(getClass()).warn(NLS.bind(Messages.Broken_marker, path + ": " + loadProblem.technical())); //$NON-NLS-1$
			return null;
		}
		if (loaded.workbook() == null) {
			loadProblem = LoadProblem.noWorkbook();
			return null;
		}
		lock = takeLock(path);
		return loaded;
	}

	/** @return why the file could not be opened, or null when it was */
	LoadProblem loadProblem() {
		return loadProblem;
	}

	BrokenFileView brokenFileView() {
		return brokenFileView;
	}

	/** The page that explains a file that could not be read, and its problem marker. */
	private void addBrokenFilePage() {
		brokenFileView = new BrokenFileView(this, loadProblem);
		int index = addPage(brokenFileView.create(getContainer()));
		setPageText(index, Messages.Broken_tab);
		try {
			ProblemMarkers.loadFailed(file(), NLS.bind(Messages.Broken_marker, loadProblem.what()), loadProblem.line());
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
	}

	@Override
	protected void addPages() {
		if (loadProblem != null) {
			addBrokenFilePage();
			return;
		}
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

	/** @return the facility, or null when the file could not be read */
	public FacilityWorkbook workbook() {
		return resource == null ? null : resource.workbook();
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
				updateTitle();
				firePropertyChange(PROP_DIRTY);
				if (propertySheetPage != null && propertySheetPage.getControl() != null && !propertySheetPage.getControl().isDisposed()) {
					propertySheetPage.refresh();
				}
			}
		});
	}

	/**
	 * The tab (and so the window title) names the facility, since every facility file is called facility.sekisho; the
	 * tab's tooltip (the editor input's) names the file.
	 */
	private void updateTitle() {
		FacilityWorkbook workbook = resource == null ? null : resource.workbook();
		String name = workbook == null || workbook.getFacility() == null ? null : workbook.getFacility().getName();
		String title = name == null || name.isBlank() ? getEditorInput().getName() : name.strip();
		if (!title.equals(getPartName())) {
			setPartName(title);
		}
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (resource == null) {
			return; // the file could not be read: it is never written
		}
		if (isReadOnly()) {
			MessageDialog.openInformation(getSite().getShell(), Messages.Editor_saveFailedTitle,
					NLS.bind(Messages.Editor_readOnlySave, file().getFullPath()));
			return;
		}
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
		EObject element = fragment == null || resource == null ? null : resource.getEObject(fragment);
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
		if (resource == null && (type == IPropertySheetPage.class || type == IContentOutlinePage.class)) {
			return null; // nothing to show for a file that could not be read
		}
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
		if (undoRedo != null) {
			undoRedo.dispose();
		}
		adapterFactory.dispose();
		super.dispose();
	}
}
