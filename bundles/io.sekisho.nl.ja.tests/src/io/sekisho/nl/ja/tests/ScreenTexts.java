package io.sekisho.nl.ja.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.forms.widgets.AbstractHyperlink;
import org.eclipse.ui.forms.widgets.Form;
import org.eclipse.ui.forms.widgets.Section;

/**
 * Reads every text a user sees in a shell or control (labels, buttons, column headers, table and tree cells, tabs,
 * form and section titles, tool tips) and judges it as a Japanese user would:
 * <ul>
 * <li><b>interface texts</b> (titles, buttons, headers, tabs, tool tips) must be Japanese, apart from the allowed
 * words below;</li>
 * <li><b>every text</b>, data included, must show no machine value: no UUID, finding code, boolean, enum literal
 * name, edition or profile id, device column id, nor an English platform word.</li>
 * </ul>
 * Data such as device names (EHR-SV01, FortiGate 60E) is Latin by nature and allowed.
 */
final class ScreenTexts {

	static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]"); //$NON-NLS-1$

	/** Interface words that stay as they are in a Japanese screen, with the reason. */
	static final Map<String, String> ALLOWED = Map.of( //
			"Sekisho", "the product's name", //$NON-NLS-1$ //$NON-NLS-2$
			"OK", "written so in Japanese software; JFace's own OK label", //$NON-NLS-1$ //$NON-NLS-2$
			"...", "the button that opens a chooser (JFace's field editors)", //$NON-NLS-1$ //$NON-NLS-2$
			"OS", "Japanese writes OS so (the devices table's column of the operating system)"); //$NON-NLS-1$ //$NON-NLS-2$

	/** a text without letters (100%, 1/4, -) is a number or a sign, the same in every language */
	private static final Pattern LETTER = Pattern.compile("\\p{L}"); //$NON-NLS-1$

	/** Machine values no person should read on a screen. */
	static final Pattern MACHINE = Pattern.compile(String.join("|", //$NON-NLS-1$
			"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", // a UUID //$NON-NLS-1$
			"(?<![\\w-])(true|false)(?![\\w-])", // a boolean //$NON-NLS-1$
			"(?<![\\w-])(too-short|short-without-mfa-or-rotation|missing-character-classes|factory-default|repeated-characters" //$NON-NLS-1$
					+ "|keyboard-pattern|dictionary-word|leaked-password|breached-password|context-word|date-or-year|too-few-guesses" //$NON-NLS-1$
					+ "|reused-in-facility|reused-across-facilities|known-exploited-vulnerability|firmware-vulnerable)(?![\\w-])", // finding codes //$NON-NLS-1$
			"(?<![\\w-])mhlw-(r\\d+|gl\\d+)(?![\\w-])", // edition and profile ids //$NON-NLS-1$
			"\\[(general|server|clientPc|networkDevice)\\]", // device column ids //$NON-NLS-1$
			"(?<![\\w-])[A-Z]{2,}(_[A-Z0-9]+)+(?![\\w-])", // enum literal names: MEDICAL_INSTITUTION //$NON-NLS-1$
			"\\[(likely|open|firm)\\]", // certainty markers //$NON-NLS-1$
			"(?<!\\w)(Project Explorer|Outline|Problems|Properties|errors|warnings|Description|Resource|Location|Cancel|Finish|Next >|< Back" //$NON-NLS-1$
					+ "|Other\\.\\.\\.|Import\\.\\.\\.|Export\\.\\.\\.|Don't Save)(?!\\w)")); // English platform words //$NON-NLS-1$

	/** Whole cell values that are codes (the sources of findings). */
	static final Set<String> CODES = Set.of("firmware", "manual", "password", "netmap", "checklist"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	/** At most this many rows of a table or tree are read (the demo's devices table has ~150). */
	private static final int MAX_ROWS = 400;

	final List<String> seen = new ArrayList<>();
	final List<String> problems = new ArrayList<>();
	private final String where;

	ScreenTexts(String where) {
		this.where = where;
	}

	/** An interface text: must be Japanese (or allowed) and show no machine value. */
	void chrome(String kind, String text) {
		if (text == null || text.isBlank()) {
			return;
		}
		String plain = plain(text);
		seen.add(where + " " + kind + ": " + plain); //$NON-NLS-1$ //$NON-NLS-2$
		if (LETTER.matcher(plain).find() && !JAPANESE.matcher(plain).find() && !ALLOWED.containsKey(plain)) {
			problems.add(where + " " + kind + " without Japanese: \"" + plain + "\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		machine(kind, plain);
	}

	/** A data text (a cell, a field): may be Latin, but shows no machine value. */
	void data(String kind, String text) {
		if (text == null || text.isBlank()) {
			return;
		}
		seen.add(where + " " + kind + ": " + text); //$NON-NLS-1$ //$NON-NLS-2$
		machine(kind, text);
		if (CODES.contains(text.strip())) {
			problems.add(where + " " + kind + " is a code: \"" + text + "\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	private void machine(String kind, String text) {
		java.util.regex.Matcher m = MACHINE.matcher(text);
		if (m.find()) {
			problems.add(where + " " + kind + " shows \"" + m.group() + "\": \"" + text + "\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
	}

	/** Without mnemonics and accelerators: 保存(&S)\tCtrl+S is 保存(S). */
	static String plain(String text) {
		return text.replace("&", "").split("\t")[0].strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Reads {@code control} and, for a composite, everything in it that is visible. */
	void read(Control control) {
		if (control.isDisposed() || !control.isVisible()) {
			return;
		}
		if (control.getToolTipText() != null) {
			chrome("tool tip", control.getToolTipText()); //$NON-NLS-1$
		}
		if (control instanceof Shell shell) {
			chrome("title", shell.getText()); //$NON-NLS-1$
		}
		if (control instanceof Button button) {
			chrome("button", button.getText()); //$NON-NLS-1$
		} else if (control instanceof Label label) {
			data("label", label.getText()); //$NON-NLS-1$
		} else if (control instanceof CLabel label) {
			data("label", label.getText()); //$NON-NLS-1$
		} else if (control instanceof Link link) {
			data("link", link.getText()); //$NON-NLS-1$
		} else if (control instanceof AbstractHyperlink link) {
			chrome("hyperlink", link.getText()); //$NON-NLS-1$
		} else if (control instanceof Text text) {
			if ((text.getStyle() & org.eclipse.swt.SWT.PASSWORD) == 0) {
				data("field", text.getText()); //$NON-NLS-1$
			}
			data("field hint", text.getMessage()); //$NON-NLS-1$
		} else if (control instanceof Combo combo) {
			for (String item : combo.getItems()) {
				data("choice", item); //$NON-NLS-1$
			}
		} else if (control instanceof CCombo combo) {
			for (String item : combo.getItems()) {
				data("choice", item); //$NON-NLS-1$
			}
		} else if (control instanceof Table table) {
			readTable(table);
		} else if (control instanceof Tree tree) {
			readTree(tree);
		} else if (control instanceof ToolBar bar) {
			for (ToolItem item : bar.getItems()) {
				chrome("tool", item.getToolTipText()); //$NON-NLS-1$
				chrome("tool", item.getText()); //$NON-NLS-1$
			}
		}
		if (control instanceof Form form) {
			chrome("form title", form.getText()); //$NON-NLS-1$
		}
		if (control instanceof Section section) {
			chrome("section", section.getText()); //$NON-NLS-1$
			data("section description", section.getDescription()); //$NON-NLS-1$
		}
		if (control instanceof Group group) {
			chrome("group", group.getText()); //$NON-NLS-1$
		}
		if (control instanceof CTabFolder folder) {
			for (CTabItem item : folder.getItems()) {
				chrome("tab", item.getText()); //$NON-NLS-1$
			}
		}
		if (control instanceof TabFolder folder) {
			for (TabItem item : folder.getItems()) {
				chrome("tab", item.getText()); //$NON-NLS-1$
			}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				read(child);
			}
		}
	}

	private void readTable(Table table) {
		for (TableColumn column : table.getColumns()) {
			chrome("column", column.getText()); //$NON-NLS-1$
			chrome("column tool tip", column.getToolTipText()); //$NON-NLS-1$
		}
		int columns = Math.max(1, table.getColumnCount());
		TableItem[] items = table.getItems();
		for (int r = 0; r < Math.min(items.length, MAX_ROWS); r++) {
			for (int c = 0; c < columns; c++) {
				data("cell", items[r].getText(c)); //$NON-NLS-1$
			}
		}
	}

	private void readTree(Tree tree) {
		for (TreeColumn column : tree.getColumns()) {
			chrome("column", column.getText()); //$NON-NLS-1$
		}
		int[] rows = { 0 };
		for (TreeItem item : tree.getItems()) {
			readItem(item, Math.max(1, tree.getColumnCount()), rows);
		}
	}

	private void readItem(TreeItem item, int columns, int[] rows) {
		if (rows[0]++ > MAX_ROWS) {
			return;
		}
		for (int c = 0; c < columns; c++) {
			data("tree item", item.getText(c)); //$NON-NLS-1$
		}
		if (item.getExpanded()) {
			for (TreeItem child : item.getItems()) {
				readItem(child, columns, rows);
			}
		}
	}
}
