package io.sekisho.ui.internal.screenshots;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import io.sekisho.ui.internal.editor.EditorTour;

/** Visits the main screens of the open demo and writes one PNG each: name-LANG.png. */
final class ScreenTour {

	private final Path out;
	private final String language = Locale.getDefault().getLanguage();

	ScreenTour(Path out) {
		this.out = out;
	}

	void run() throws IOException, org.eclipse.ui.PartInitException {
		Files.createDirectories(out);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IEditorPart editor = page.getActiveEditor();
		if (editor == null) {
			throw new IllegalStateException("the demo hospital is not open: the workspace was not empty"); //$NON-NLS-1$
		}
		EditorTour tour = new EditorTour(editor);
		Shell shell = page.getWorkbenchWindow().getShell();
		// the whole virtual screen: pictures of a size that shows the tables and the panes below them
		Rectangle screen = shell.getDisplay().getPrimaryMonitor().getClientArea();
		shell.setBounds(screen);
		// the window system applies the size later: wait for it, or the first picture is of the old size
		waitFor(shell.getDisplay(), () -> shell.getSize().x == screen.width && shell.getSize().y == screen.height);
		tour.overview();
		// the dashboard with the whole editor area, as one looks at it
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		org.eclipse.swt.widgets.Control editorArea = tour.editor().findPage(io.sekisho.ui.internal.editor.BuiltInPages.OVERVIEW).getPartControl();
		waitFor(shell.getDisplay(), () -> editorArea.getSize().x > shell.getSize().x * 9 / 10);
		capture(shell, "overview"); //$NON-NLS-1$
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
		tour.devices();
		capture(shell, "devices"); //$NON-NLS-1$
		tour.accounts();
		// a dangerous example of the MHLW notice, typed into the live check (checked, not stored)
		tour.typePassword("KoroHospital"); //$NON-NLS-1$
		tour.awaitPasswordVerdict(); // the verdict and the findings by name
		capture(shell, "accounts"); //$NON-NLS-1$
		tour.checklistWithSuggestions();
		capture(shell, "checklist"); //$NON-NLS-1$
		tour.contactsAndFindings();
		capture(shell, "contacts-findings"); //$NON-NLS-1$
		// the pages other modules contribute, when they are installed (the firmware register, the network map)
		if (tour.editor().showPage("io.sekisho.firmware.ui.page")) { //$NON-NLS-1$
			capture(shell, "firmware"); //$NON-NLS-1$
		}
		if (tour.editor().showPage("io.sekisho.netmap.ui.page")) { //$NON-NLS-1$
			capture(shell, "netmap"); //$NON-NLS-1$
		}
		// the Outline and the Properties of an account: labels by what people call things, no ids
		tour.accounts();
		page.showView(IPageLayout.ID_OUTLINE);
		page.showView(IPageLayout.ID_PROP_SHEET);
		page.activate(editor);
		capture(shell, "properties"); //$NON-NLS-1$
		tour.overview();
		page.showView(IPageLayout.ID_PROBLEM_VIEW);
		// the errors opened, so that the picture shows problems with their 場所 (location), not only the group rows
		settle(shell.getDisplay());
		expandFirstGroup(shell);
		capture(shell, "problems"); //$NON-NLS-1$
		tour.openExportWizard(dialogShell -> capture(dialogShell, "export-wizard")); //$NON-NLS-1$
	}

	/**
	 * The Problems view's tree is a JFace viewer the view does not hand out; JFace records each viewer column on its
	 * column widget under this key, which is how the tour finds the viewer.
	 */
	private static final String COLUMN_VIEWER_KEY = "org.eclipse.jface.columnViewer"; //$NON-NLS-1$

	/** Opens the first group (the errors) of the Problems view: the visible tree of the platform's markers viewer. */
	private static void expandFirstGroup(Shell shell) {
		TreeViewer viewer = findMarkersViewer(shell);
		if (viewer != null && viewer.getTree().getItemCount() > 0) {
			viewer.expandToLevel(viewer.getTree().getItem(0).getData(), 1);
		}
	}

	private static TreeViewer findMarkersViewer(Control control) {
		if (control instanceof Tree tree && tree.isVisible() && tree.getColumnCount() > 0
				&& tree.getColumn(0).getData(COLUMN_VIEWER_KEY) instanceof ViewerColumn column
				&& column.getViewer() instanceof TreeViewer viewer
				&& viewer.getClass().getName().startsWith("org.eclipse.ui.internal.views.markers")) { //$NON-NLS-1$
			return viewer;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				TreeViewer viewer = findMarkersViewer(child);
				if (viewer != null) {
					return viewer;
				}
			}
		}
		return null;
	}

	private void capture(Shell shell, String name) {
		Display display = shell.getDisplay();
		settle(display);
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(out.resolve(name + "-" + language + ".png").toString(), SWT.IMAGE_PNG); //$NON-NLS-1$ //$NON-NLS-2$
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** Runs the event loop until {@code condition} holds, at most 10 s (then the picture is taken anyway). */
	private static void waitFor(Display display, java.util.function.BooleanSupplier condition) {
		long until = System.currentTimeMillis() + 10_000;
		while (!condition.getAsBoolean() && System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> {
					// wakes the loop to test the condition again
				});
				display.sleep();
			}
		}
	}

	/** Runs the event loop until nothing is left to paint. */
	static void settle(Display display) {
		long until = System.currentTimeMillis() + 400;
		while (System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				display.update();
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}
}
