package io.sekisho.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
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
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.events.ShellAdapter;
import org.eclipse.swt.events.ShellEvent;
import org.eclipse.swt.events.ShellListener;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.FileEditorInput;
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
import io.sekisho.model.persistence.FileChangedException;
import io.sekisho.model.persistence.FileStamp;
import io.sekisho.model.persistence.SekishoResource;
import io.sekisho.model.persistence.SekishoResourceFactory;
import io.sekisho.ui.editor.FacilityEditorContext;
import io.sekisho.ui.editor.FacilityPage;
import io.sekisho.ui.emf.ItemPropertySourceProvider;
import io.sekisho.ui.internal.Messages;
import io.sekisho.ui.internal.markers.LiveProblems;
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
	/** The Problems view follows every command (debounced, checked in the background). */
	private final CommandStackListener problemsListener = event -> problemsChanged();
	private LiveProblems liveProblems;
	private final EditorContext context = new EditorContext(this);
	/** The pages in page order, as created from their contributions. */
	private final List<FacilityPage> facilityPages = new ArrayList<>();
	private LocalResourceManager images;
	private SekishoResource resource;
	private FacilityLock lock;
	private PropertySheetPage propertySheetPage;
	private FacilityOutlinePage outlinePage;
	private UndoRedoActions undoRedo;
	private LoadProblem loadProblem;
	private BrokenFileView brokenFileView;
	/** Another user or machine holds the lock and the user chose to open read-only. */
	private FacilityLock.Holder lockedBy;
	/** Another user or machine holds the lock and the user chose to open anyway: saves do not stop at the lock. */
	private boolean openedAnyway;
	/** The file changed on disk while the editor had unsaved changes: ask when the editor is activated. */
	private boolean changedOnDisk;
	/** The file was deleted on disk: ask when the editor is activated. */
	private boolean deletedOnDisk;
	/** The file was deleted and the user kept the contents: dirty until saved, saving writes the file again. */
	private boolean keptAfterDelete;
	private final IResourceChangeListener fileListener = this::resourceChanged;
	private final IPartListener2 activationListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == FacilityEditor.this) {
				activated();
			}
		}
	};
	private final ShellListener shellListener = new ShellAdapter() {
		@Override
		public void shellActivated(ShellEvent e) {
			if (getSite().getPage().getActivePart() == FacilityEditor.this) {
				activated();
			}
		}
	};

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
		// the editor follows its file: changes, deletion and moves by others (issue 17)
		ResourcesPlugin.getWorkspace().addResourceChangeListener(fileListener, IResourceChangeEvent.POST_CHANGE);
		site.getPage().addPartListener(activationListener);
		site.getShell().addShellListener(shellListener);
	}

	/** @return Undo and Redo of this editor's command stack */
	UndoRedoActions undoRedo() {
		return undoRedo;
	}

	/** Loads the file; when it cannot be read, records why in {@link #loadProblem} and returns null. */
	private SekishoResource load(IFile file) {
		SekishoResource loaded = loadResource(pathOf(file));
		if (loaded != null) {
			lock = lockOrAsk(pathOf(file));
		}
		return loaded;
	}

	private static Path pathOf(IFile file) {
		return file.getLocation().toFile().toPath();
	}

	/** Reads the file into the editing domain's resource set (no lock); null with {@link #loadProblem} on failure. */
	private SekishoResource loadResource(Path path) {
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
		return loaded;
	}

	private void problemsChanged() {
		if (liveProblems != null) {
			liveProblems.changed();
		}
	}

	/** @return what keeps the Problems view current, null before the pages exist or for a broken file */
	LiveProblems liveProblems() {
		return liveProblems;
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

	/**
	 * The toolkit of every page, contributed ones included: fields get a visible border, set once here. The forms
	 * toolkit draws none on GTK (its border style is NULL there, and paintBordersFor only reaches the composites it
	 * is called for), so a field looked like a label until it had the focus.
	 */
	@Override
	protected org.eclipse.ui.forms.widgets.FormToolkit createToolkit(org.eclipse.swt.widgets.Display display) {
		org.eclipse.ui.forms.widgets.FormToolkit toolkit = super.createToolkit(display);
		toolkit.setBorderStyle(org.eclipse.swt.SWT.BORDER);
		return toolkit;
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
		// the Problems view shows what is wrong as soon as the file is open, and follows every change
		liveProblems = new LiveProblems(file(), () -> resource, getContainer().getDisplay());
		commandStack.addCommandStackListener(problemsListener);
		try {
			liveProblems.updateNow();
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
		return lockedBy != null || attributes != null && attributes.isReadOnly() || file.getName().endsWith(AtomicFileWriter.BACKUP_SUFFIX);
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
		return keptAfterDelete || commandStack.isSaveNeeded() || super.isDirty();
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
			MessageDialog.openInformation(getSite().getShell(), Messages.Editor_saveFailedTitle, lockedBy != null
					? NLS.bind(Messages.Locked_readOnlySave, new Object[] { file().getFullPath(), lockedBy.user(), lockedBy.host() })
					: NLS.bind(Messages.Editor_readOnlySave, file().getFullPath()));
			return;
		}
		try {
			// a file deleted on disk whose contents the user kept is written again: nothing of another writer is lost
			saveWith(keptAfterDelete);
		} catch (FileChangedException e) {
			answerConflict(e, monitor);
		} catch (IOException | CoreException e) {
			showSaveFailed(e);
		}
	}

	/** Another writer changed or removed the file since it was read: reload, overwrite or save a copy. */
	private void answerConflict(FileChangedException conflict, IProgressMonitor monitor) {
		switch (FileQuestions.current().saveConflict(getSite().getShell(), file().getFullPath().toString(), conflict.deleted())) {
		case RELOAD -> reload();
		case OVERWRITE -> {
			try {
				saveWith(true);
			} catch (IOException | CoreException e) {
				showSaveFailed(e);
			}
		}
		case SAVE_COPY -> saveCopy();
		case CANCEL -> {
			if (monitor != null) {
				monitor.setCanceled(true);
			}
		}
		}
	}

	private void saveWith(boolean overwriteChanged) throws IOException, CoreException {
		Map<String, Object> options = new java.util.HashMap<>();
		if (overwriteChanged) {
			options.put(FacilityFiles.OPTION_OVERWRITE_CHANGED, Boolean.TRUE);
		}
		if (openedAnyway) {
			options.put(FacilityFiles.OPTION_IGNORE_LOCK, Boolean.TRUE); // the user chose to open it although it was in use
		}
		pagesAboutToSave();
		resource.save(options);
		keptAfterDelete = false;
		commandStack.saveIsDone();
		refresh(file());
		if (liveProblems != null) {
			liveProblems.updateNow();
		} else {
			ProblemMarkers.update(file(), workbook());
		}
		firePropertyChange(PROP_DIRTY);
	}

	/** Brings the workspace up to date with the file system for {@code file} (also when it was just created). */
	private static void refresh(IFile file) throws CoreException {
		if (file.exists()) {
			file.refreshLocal(IResource.DEPTH_ZERO, null);
		} else {
			file.getParent().refreshLocal(IResource.DEPTH_ONE, null);
		}
	}

	private void showSaveFailed(Exception e) {
		MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailedTitle,
				NLS.bind(Messages.Editor_saveFailed, file().getFullPath(), e.getMessage()));
	}

	/** File &gt; Save As: a copy under another name, which this editor then edits (the original stays as it is). */
	@Override
	public void doSaveAs() {
		saveCopy();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return resource != null;
	}

	/** @return true when a copy was written and the editor now shows it */
	private boolean saveCopy() {
		IPath target = FileQuestions.current().saveAsTarget(getSite().getShell(), file());
		if (target == null) {
			return false;
		}
		if (!SekishoResourceFactory.FILE_EXTENSION.equals(target.getFileExtension())) {
			target = target.addFileExtension(SekishoResourceFactory.FILE_EXTENSION);
		}
		IFile copy = ResourcesPlugin.getWorkspace().getRoot().getFile(target);
		try {
			pagesAboutToSave();
			FacilityFiles.saveAs(resource, pathOf(copy));
			refresh(copy);
		} catch (IOException | CoreException e) {
			MessageDialog.openError(getSite().getShell(), Messages.SaveAs_title, NLS.bind(Messages.SaveAs_failed, target, e.getMessage()));
			return false;
		}
		releaseLock();
		lockedBy = null;
		openedAnyway = false;
		setInputWithNotify(new FileEditorInput(copy));
		lock = takeLock(pathOf(copy));
		reload();
		return true;
	}

	/** Workspace changes: only this editor's file matters. Runs on any thread; the work is done on the UI thread. */
	private void resourceChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta();
		IResourceDelta mine = delta == null ? null : delta.findMember(file().getFullPath());
		if (mine == null || getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		Runnable reaction = null;
		if (mine.getKind() == IResourceDelta.REMOVED) {
			IPath movedTo = mine.getMovedToPath();
			reaction = (mine.getFlags() & IResourceDelta.MOVED_TO) != 0 && movedTo != null ? () -> followMove(movedTo) : this::deletedOnDisk;
		} else if (mine.getKind() == IResourceDelta.CHANGED && (mine.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0) {
			reaction = this::changedOnDisk;
		}
		if (reaction != null) {
			Runnable r = reaction;
			getContainer().getDisplay().asyncExec(() -> {
				if (getContainer() != null && !getContainer().isDisposed()) {
					r.run();
				}
			});
		}
	}

	/** The editor became active: look at the file on disk and ask what the user wants about changes seen meanwhile. */
	private void activated() {
		try {
			file().refreshLocal(IResource.DEPTH_ZERO, null); // a change by another program becomes a workspace delta
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
		askPending();
	}

	private boolean isActive() {
		return getSite().getPage().getActivePart() == this;
	}

	private void changedOnDisk() {
		Path path = pathOf(file());
		if (resource != null) {
			try {
				if (resource.readStamp() != null && FileStamp.of(path).sameContent(resource.readStamp())) {
					return; // our own save, or a touch without change
				}
			} catch (IOException e) {
				ILog.of(getClass()).warn(e.getMessage());
				return;
			}
		}
		if (!isDirty()) {
			reload(); // nothing of the user's to lose: show the file as it is now
			return;
		}
		changedOnDisk = true;
		if (isActive()) {
			askPending();
		}
	}

	private void deletedOnDisk() {
		if (file().exists()) {
			return;
		}
		deletedOnDisk = true;
		if (isActive()) {
			askPending();
		}
	}

	private void askPending() {
		if (deletedOnDisk) {
			deletedOnDisk = false;
			changedOnDisk = false;
			if (file().exists()) {
				return;
			}
			if (FileQuestions.current().closeDeleted(getSite().getShell(), file().getFullPath().toString())) {
				getSite().getPage().closeEditor(this, false);
			} else {
				keptAfterDelete = true;
				firePropertyChange(PROP_DIRTY);
			}
		} else if (changedOnDisk) {
			changedOnDisk = false;
			if (!isDirty() || FileQuestions.current().reloadOverUnsavedChanges(getSite().getShell(), file().getFullPath().toString())) {
				reload();
			}
		}
	}

	/** The file was moved or renamed: the editor follows it (input, resource location and lock). */
	private void followMove(IPath movedTo) {
		IFile moved = ResourcesPlugin.getWorkspace().getRoot().getFile(movedTo);
		releaseLock();
		setInputWithNotify(new FileEditorInput(moved));
		if (resource != null) {
			resource.setURI(FacilityFiles.uriOf(pathOf(moved)));
			if (lockedBy == null) {
				lock = takeLock(pathOf(moved));
			}
		}
		updateTitle();
	}

	/**
	 * Reads the file again, discarding this editor's changes and undo history, and rebuilds the pages: the same page
	 * stays active and the selection is kept where its elements still exist.
	 */
	void reload() {
		String pageId = getActivePageInstance() == null ? null : getActivePageInstance().getId();
		List<String> selected = selectedFragments();
		if (resource != null) {
			domain.getResourceSet().getResources().remove(resource);
			resource.unload();
		}
		resource = null;
		loadProblem = null;
		changedOnDisk = false;
		keptAfterDelete = false;
		commandStack.flush();
		resource = loadResource(pathOf(file()));
		while (getPageCount() > 0) {
			removePage(0);
		}
		facilityPages.clear();
		brokenFileView = null;
		if (images != null) {
			images.dispose();
		}
		addPages();
		if (pageId == null || setActivePage(pageId) == null) {
			setActivePage(0);
		}
		if (outlinePage != null) {
			outlinePage.show(resource); // the Outline shows the reloaded file, not the old one
		}
		restoreSelection(selected);
		updateTitle();
		firePropertyChange(PROP_DIRTY);
	}

	private List<String> selectedFragments() {
		List<String> fragments = new ArrayList<>();
		if (resource != null && selection.getSelection() instanceof IStructuredSelection structured) {
			for (Object element : structured) {
				if (element instanceof EObject object && object.eResource() == resource) {
					fragments.add(resource.getURIFragment(object));
				}
			}
		}
		return fragments;
	}

	private void restoreSelection(List<String> fragments) {
		if (resource == null) {
			return;
		}
		List<EObject> elements = new ArrayList<>();
		for (String fragment : fragments) {
			EObject element = resource.getEObject(fragment);
			if (element != null) {
				elements.add(element);
			}
		}
		if (!elements.isEmpty() && getActivePageInstance() instanceof FacilityPage page && asks(page, () -> page.shows(elements.get(0)))) {
			asks(page, () -> page.reveal(elements.get(0)));
		}
		setSelection(elements.isEmpty() ? StructuredSelection.EMPTY : new StructuredSelection(elements));
	}

	/**
	 * Another user or machine editing the file is asked about: read-only (no lock, no changes) or open anyway
	 * (without the lock; saves still stop when the file changed meanwhile).
	 */
	private FacilityLock lockOrAsk(Path path) {
		if (isReadOnly()) {
			return null; // a backup copy or a read-only file is never written: nothing to lock
		}
		Optional<FacilityLock.Holder> other;
		try {
			other = FacilityLock.heldElsewhere(path);
		} catch (IOException e) {
			ILog.of(getClass()).warn(e.getMessage());
			other = Optional.empty();
		}
		if (other.isEmpty()) {
			return takeLock(path);
		}
		if (FileQuestions.current().locked(getSite().getShell(), file().getFullPath().toString(), other.get()) == FileQuestions.Locked.READ_ONLY) {
			lockedBy = other.get();
		} else {
			openedAnyway = true;
		}
		return null;
	}

	/** @return who holds the lock of a file this editor opened read-only, if that is why it is read-only */
	Optional<FacilityLock.Holder> lockedBy() {
		return Optional.ofNullable(lockedBy);
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

	/** Lets every page write its view state into the model before a save (see {@link FacilityPage#aboutToSave()}). */
	private void pagesAboutToSave() {
		for (FacilityPage page : facilityPages) {
			asks(page, () -> {
				page.aboutToSave();
				return true;
			});
		}
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
			outlinePage = new FacilityOutlinePage(context);
			return type.cast(outlinePage);
		}
		if (type == IGotoMarker.class) {
			return type.cast(this);
		}
		return super.getAdapter(type);
	}

	/**
	 * While the editor is open its file is locked, so a command-line writer refuses to overwrite it. A file open
	 * elsewhere is asked about first ({@link #lockOrAsk}).
	 */
	private static FacilityLock takeLock(Path path) {
		try {
			return FacilityLock.acquire(path);
		} catch (IOException e) {
			ILog.of(FacilityEditor.class).warn(e.getMessage());
			return null;
		}
	}

	/** Releases this editor's lock, if it holds one. */
	private void releaseLock() {
		if (lock != null) {
			try {
				lock.close();
			} catch (IOException e) {
				ILog.of(getClass()).warn(e.getMessage());
			}
			lock = null;
		}
	}

	@Override
	public void dispose() {
		releaseLock();
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(fileListener);
		getSite().getPage().removePartListener(activationListener);
		if (!getSite().getShell().isDisposed()) {
			getSite().getShell().removeShellListener(shellListener);
		}
		commandStack.removeCommandStackListener(dirtyListener);
		commandStack.removeCommandStackListener(problemsListener);
		if (liveProblems != null) {
			liveProblems.dispose();
		}
		if (undoRedo != null) {
			undoRedo.dispose();
		}
		adapterFactory.dispose();
		super.dispose();
	}
}
