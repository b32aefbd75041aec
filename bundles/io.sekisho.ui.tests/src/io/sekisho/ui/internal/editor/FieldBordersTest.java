package io.sekisho.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.sekisho.ui.editor.FacilityPage;

/** Every editable field of every page, contributed pages included, has a visible border (not only when focused). */
class FieldBordersTest {

	private FacilityEditor editor;

	@BeforeEach
	void openDemo() throws Exception {
		editor = UiTestSupport.openDemoCopy();
	}

	@AfterEach
	void closeEditor() {
		UiTestSupport.close(editor);
	}

	@Test
	void everyEditableFieldOfEveryPageHasABorder() {
		List<String> fields = new ArrayList<>();
		List<String> withoutBorder = new ArrayList<>();
		for (FacilityPage page : editor.facilityPages()) {
			editor.showPage(page.getId());
			UiTestSupport.settle();
			collect(page.getId(), page.getPartControl(), fields, withoutBorder);
		}
		assertTrue(fields.stream().map(f -> f.substring(0, f.indexOf(':'))).distinct().count() >= 2, () -> "fields on several pages: " + fields); //$NON-NLS-1$
		assertTrue(fields.stream().anyMatch(f -> f.startsWith(BuiltInPages.ACCOUNTS) && f.contains("password")), //$NON-NLS-1$
				() -> "the accounts page has the password field: " + fields); //$NON-NLS-1$
		assertTrue(withoutBorder.isEmpty(), () -> "fields without a border: " + withoutBorder); //$NON-NLS-1$
	}

	private static void collect(String pageId, Control control, List<String> fields, List<String> withoutBorder) {
		if (control == null || control.isDisposed()) {
			return;
		}
		if (control instanceof Text text && (text.getStyle() & SWT.READ_ONLY) == 0 && text.getEditable()
				&& !(text.getParent() instanceof org.eclipse.swt.widgets.Table)) {
			String name = pageId + ": " + ((text.getStyle() & SWT.PASSWORD) != 0 ? "password" : text.getMessage() + " " + text.getText()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			fields.add(name);
			if ((text.getStyle() & SWT.BORDER) == 0) {
				withoutBorder.add(name);
			}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(pageId, child, fields, withoutBorder);
			}
		}
	}
}
