package io.sekisho.ui.internal.dashboard;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * The fonts of the dashboard's charts: a Japanese font when one is installed (Noto Sans CJK JP from
 * fonts-noto-cjk on Linux, Yu Gothic UI or Meiryo on Windows), else the dialog font. SWTChart draws its texts
 * with the fonts it is given, so without this a chart on a system whose default font has no kanji shows boxes.
 * The fonts live as long as the control they were made for.
 */
final class JapaneseFonts {

	/** Families in the order they are tried. */
	static final String[] FAMILIES = { "Noto Sans CJK JP", "Noto Sans JP", "Yu Gothic UI", "Meiryo UI", "Meiryo" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private final Font normal;
	private final Font bold;
	private final Font title;

	JapaneseFonts(Control owner) {
		Display display = owner.getDisplay();
		FontData base = JFaceResources.getDialogFont().getFontData()[0];
		String family = family(display);
		String name = family == null ? base.getName() : family;
		int height = Math.max(9, base.getHeight());
		normal = new Font(display, name, height, SWT.NORMAL);
		bold = new Font(display, name, height, SWT.BOLD);
		title = new Font(display, name, height + 1, SWT.BOLD);
		owner.addDisposeListener(e -> {
			normal.dispose();
			bold.dispose();
			title.dispose();
		});
	}

	/** @return the first Japanese family installed, or null */
	static String family(Display display) {
		for (String family : FAMILIES) {
			if (display.getFontList(family, true).length > 0) {
				return family;
			}
		}
		return null;
	}

	Font normal() {
		return normal;
	}

	Font bold() {
		return bold;
	}

	Font title() {
		return title;
	}
}
