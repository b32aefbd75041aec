package io.sekisho.nl.ja.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.internal.WorkbenchMessages;
import org.eclipse.ui.views.markers.internal.MarkerMessages;
import org.junit.jupiter.api.Test;

/**
 * Runs the real Sekisho workbench under {@code -nl ja} (see pom.xml) and fails on any platform text a user sees in the
 * menus or the Problems view that has no Japanese character, i.e. that our io.sekisho.nl.ja.* fragments do not
 * translate. Writes what it read to target/nl-ja-texts.txt and a picture of the window to target/nl-ja-window.png.
 */
@SuppressWarnings("restriction")
class JapanesePlatformTextsTest {

	private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]"); //$NON-NLS-1$

	/** Texts that stay as they are in a Japanese screen, with the reason. */
	private static final Map<String, String> ALLOWED = Map.of( //
			"Sekisho", "the product's name"); //$NON-NLS-1$ //$NON-NLS-2$

	private static boolean japaneseOrAllowed(String text) {
		String plain = text.replace("&", "").split("\t")[0].strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return plain.isEmpty() || JAPANESE.matcher(plain).find() || ALLOWED.containsKey(plain);
	}

	@Test
	void theWorkbenchRunsInJapanese() {
		assertEquals("ja", Locale.getDefault().getLanguage(), "the test runtime is started with -nl ja"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void everyMenuItemOfTheMenuBarIsJapanese() throws IOException {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		Menu bar = window.getShell().getMenuBar();
		assertNotNull(bar);
		List<String> seen = new ArrayList<>();
		List<String> english = new ArrayList<>();
		walk(bar, "", seen, english); //$NON-NLS-1$
		write("nl-ja-texts.txt", seen); //$NON-NLS-1$
		assertTrue(seen.size() > 20, () -> "the menus were walked: " + seen); //$NON-NLS-1$
		assertTrue(seen.stream().anyMatch(s -> s.contains("元に戻す")), () -> "Edit > Undo is there: " + seen); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(seen.stream().anyMatch(s -> s.contains("ビューの表示") && s.contains("問題")), //$NON-NLS-1$ //$NON-NLS-2$
				() -> "Window > Show View lists the Problems view: " + seen); //$NON-NLS-1$
		assertFalse(seen.stream().anyMatch(s -> s.contains("Convert Line Delimiters") || s.contains("行区切り")), //$NON-NLS-1$ //$NON-NLS-2$
				() -> "the text-file line delimiter menu is trimmed: " + seen); //$NON-NLS-1$
		assertTrue(english.isEmpty(), () -> "menu items without Japanese: " + english); //$NON-NLS-1$
	}

	/** Opens each submenu the way SWT does before showing it, so contributed items are filled in, then reads them. */
	private static void walk(Menu menu, String path, List<String> seen, List<String> english) {
		menu.notifyListeners(SWT.Show, new Event());
		try {
			for (MenuItem item : menu.getItems()) {
				if ((item.getStyle() & SWT.SEPARATOR) != 0 || !item.isEnabled() && item.getText().isEmpty()) {
					continue;
				}
				String text = item.getText();
				String here = path.isEmpty() ? text : path + " > " + text; //$NON-NLS-1$
				seen.add(here);
				if (!japaneseOrAllowed(text)) {
					english.add(here);
				}
				if (item.getMenu() != null) {
					walk(item.getMenu(), here, seen, english);
				}
			}
		} finally {
			menu.notifyListeners(SWT.Hide, new Event());
		}
	}

	@Test
	void theProblemsViewTitleAndColumnsAreJapanese() throws PartInitException, IOException {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IViewPart problems = page.showView(IPageLayout.ID_PROBLEM_VIEW);
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// let the view lay out its tree
		}
		assertEquals("問題", problems.getViewSite().getRegisteredName()); //$NON-NLS-1$
		Tree tree = find(problems.getViewSite().getShell());
		assertNotNull(tree, "the Problems view shows a tree"); //$NON-NLS-1$
		List<String> columns = new ArrayList<>();
		for (TreeColumn column : tree.getColumns()) {
			columns.add(column.getText());
		}
		assertTrue(columns.contains("説明") && columns.contains("リソース"), columns::toString); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(columns.stream().allMatch(JapanesePlatformTextsTest::japaneseOrAllowed), columns::toString);
		for (String view : List.of(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_PROP_SHEET, IPageLayout.ID_OUTLINE)) {
			String name = PlatformUI.getWorkbench().getViewRegistry().find(view).getLabel();
			assertTrue(japaneseOrAllowed(name), view + ": " + name); //$NON-NLS-1$
		}
		capture(problems.getViewSite().getShell(), "nl-ja-window.png"); //$NON-NLS-1$
	}

	/** The Problems view's tree: the visible one with its five columns (Project Explorer and Properties have fewer). */
	private static Tree find(Shell shell) {
		return findTree(shell, t -> t.getColumnCount() >= 4);
	}

	private static Tree findTree(Composite parent, Predicate<Tree> wanted) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Tree tree && wanted.test(tree) && tree.isVisible()) {
				return tree;
			}
			if (child instanceof Composite composite) {
				Tree found = findTree(composite, wanted);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@Test
	void dialogTextsAreJapanese() {
		// the Save changes question and its buttons, the wizard and dialog buttons, the Problems summary
		assertEquals("'facility.sekisho' は変更されています。変更を保存しますか?", //$NON-NLS-1$
				org.eclipse.osgi.util.NLS.bind(WorkbenchMessages.EditorManager_saveChangesQuestion, "facility.sekisho")); //$NON-NLS-1$
		assertEquals("保存しない(&N)", WorkbenchMessages.SaveableHelper_Dont_Save); //$NON-NLS-1$
		assertEquals("次へ(&N) >", IDialogConstants.NEXT_LABEL); //$NON-NLS-1$
		assertEquals("< 戻る(&B)", IDialogConstants.BACK_LABEL); //$NON-NLS-1$
		assertEquals("完了(&F)", IDialogConstants.FINISH_LABEL); //$NON-NLS-1$
		assertEquals("キャンセル", IDialogConstants.CANCEL_LABEL); //$NON-NLS-1$
		assertEquals("はい(&Y)", IDialogConstants.YES_LABEL); //$NON-NLS-1$
		assertEquals("詳細(&D) >>", IDialogConstants.SHOW_DETAILS_LABEL); //$NON-NLS-1$
		assertEquals("エラー 0 件、警告 4 件、情報 0 件", //$NON-NLS-1$
				MessageFormat.format(MarkerMessages.problem_statusSummaryBreakdown, 0, 4, 0));
		assertEquals("エラー 1,234 件、警告 1 件、その他 0 件", //$NON-NLS-1$
				MessageFormat.format(MarkerMessages.errorsAndWarningsSummaryBreakdown, 1234, 1, 0));
	}

	private static void capture(Shell shell, String name) throws IOException {
		Rectangle area = shell.getClientArea();
		Image image = new Image(shell.getDisplay(), area.width, area.height);
		GC gc = new GC(shell);
		try {
			gc.copyArea(image, 0, 0);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(target().resolve(name).toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static void write(String name, List<String> lines) throws IOException {
		Files.write(target().resolve(name), lines, StandardCharsets.UTF_8);
	}

	private static Path target() throws IOException {
		// java.io.tmpdir is the module's build directory (pom.xml)
		return Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"))); //$NON-NLS-1$
	}
}
