package io.sekisho.ui.internal.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.ui.editor.FeatureValues;
import io.sekisho.workbook.devicelist.DeviceListFile;
import io.sekisho.workbook.devicelist.SourceTable;

/**
 * The hospital's device list: the file, which of its columns goes into which field (guessed from the headers,
 * changeable), and a preview of every row — added, updated, unchanged, or its problems with row and column.
 */
final class ImportDevicesPage extends WizardPage {

	private static final int PREVIEW_ROWS = 500;

	private final FacilityWorkbook facility;
	private final FeatureValues values;
	private Text file;
	private Composite mappingArea;
	private Label summary;
	private Table preview;
	private SourceTable table;
	private final List<Combo> combos = new ArrayList<>();
	private DeviceListPlan plan;

	ImportDevicesPage(FacilityWorkbook facility, FeatureValues values) {
		super("importDevices"); //$NON-NLS-1$
		this.facility = facility;
		this.values = values;
		setTitle(Messages.ImportDevices_title);
		setMessage(Messages.ImportDevices_message);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
		new Label(body, SWT.NONE).setText(Messages.ImportDevices_file);
		file = new Text(body, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
		Button browse = new Button(body, SWT.PUSH);
		browse.setText(Messages.ImportFacility_browse);
		browse.addListener(SWT.Selection, e -> browse());
		Label mappingLabel = new Label(body, SWT.NONE);
		mappingLabel.setText(Messages.ImportDevices_mapping);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(mappingLabel);
		ScrolledComposite scroll = new ScrolledComposite(body, SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(SWT.DEFAULT, 120).applyTo(scroll);
		mappingArea = new Composite(scroll, SWT.NONE);
		scroll.setContent(mappingArea);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		summary = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(summary);
		preview = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		preview.setHeaderVisible(true);
		preview.setLinesVisible(true);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(640, 220).applyTo(preview);
		for (String[] column : new String[][] { { Messages.ImportDevices_row, "50" }, { Messages.ImportDevices_name, "180" }, //$NON-NLS-1$ //$NON-NLS-2$
				{ Messages.ImportDevices_action, "90" }, { Messages.ImportDevices_problems, "420" } }) { //$NON-NLS-1$ //$NON-NLS-2$
			TableColumn c = new TableColumn(preview, SWT.LEFT);
			c.setText(column[0]);
			c.setWidth(Integer.parseInt(column[1]));
		}
		file.addModifyListener(e -> read());
		setControl(body);
		setPageComplete(false);
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.csv;*.txt;*.xlsx", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterNames(new String[] { Messages.ImportDevices_filter, Messages.ImportDevices_allFiles });
		String chosen = dialog.open();
		if (chosen != null) {
			file.setText(chosen);
		}
	}

	private void read() {
		table = null;
		if (facility == null) {
			return; // no facility editor open: the wizard says so
		}
		String text = file.getText().strip();
		String error = null;
		if (!text.isEmpty()) {
			try {
				Path path = Path.of(text);
				if (!Files.isRegularFile(path)) {
					error = NLS.bind(Messages.ImportFacility_notFound, path);
				} else {
					table = DeviceListFile.read(path);
				}
			} catch (InvalidPathException e) {
				error = NLS.bind(Messages.ImportFacility_notFound, text);
			} catch (IOException | RuntimeException e) {
				error = e.getMessage();
			}
		}
		buildMapping();
		setErrorMessage(error);
		replan();
	}

	private void buildMapping() {
		for (Control child : mappingArea.getChildren()) {
			child.dispose();
		}
		combos.clear();
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(mappingArea);
		if (table != null) {
			List<DeviceColumns.Target> guessed = DeviceColumns.guess(table.headers());
			for (int c = 0; c < table.headers().size(); c++) {
				new Label(mappingArea, SWT.NONE).setText(NLS.bind(Messages.ImportDevices_source, DeviceListPlan.cellName(c), table.headers().get(c)));
				Combo combo = new Combo(mappingArea, SWT.READ_ONLY | SWT.DROP_DOWN);
				combo.add(Messages.ImportDevices_skip);
				DeviceColumns.TARGETS.forEach(t -> combo.add(t.label()));
				combo.select(guessed.get(c) == null ? 0 : DeviceColumns.TARGETS.indexOf(guessed.get(c)) + 1);
				combo.addListener(SWT.Selection, e -> replan());
				combos.add(combo);
			}
		}
		mappingArea.layout(true);
		((ScrolledComposite) mappingArea.getParent()).setMinSize(mappingArea.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}

	/** The mapping as chosen in the combos. */
	List<DeviceColumns.Target> mapping() {
		return combos.stream().map(c -> c.getSelectionIndex() <= 0 ? null : DeviceColumns.TARGETS.get(c.getSelectionIndex() - 1)).toList();
	}

	private void replan() {
		preview.removeAll();
		plan = null;
		if (table == null) {
			summary.setText(""); //$NON-NLS-1$
			setPageComplete(false);
			return;
		}
		plan = DeviceListPlan.of(facility, table, mapping(), values);
		int shown = 0;
		for (DeviceListPlan.RowPlan row : plan.rows()) {
			if (shown++ >= PREVIEW_ROWS) {
				break;
			}
			TableItem item = new TableItem(preview, SWT.NONE);
			item.setText(new String[] { Integer.toString(row.row().number()), row.name(), actionLabel(row.action()), String.join(" ", row.problems()) }); //$NON-NLS-1$
			if (row.action() == DeviceListPlan.Action.ERROR) {
				item.setForeground(preview.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			}
		}
		summary.setText(NLS.bind(Messages.ImportDevices_summary, new Object[] { plan.count(DeviceListPlan.Action.ADD),
				plan.count(DeviceListPlan.Action.UPDATE), plan.count(DeviceListPlan.Action.UNCHANGED), plan.count(DeviceListPlan.Action.ERROR) }));
		summary.getParent().layout(true);
		if (plan.count(DeviceListPlan.Action.ERROR) > 0) {
			setErrorMessage(NLS.bind(Messages.ImportDevices_blocked, plan.count(DeviceListPlan.Action.ERROR)));
		} else if (getErrorMessage() != null && table != null) {
			setErrorMessage(null);
		}
		setPageComplete(plan.applicable());
	}

	static String actionLabel(DeviceListPlan.Action action) {
		return switch (action) {
		case ADD -> Messages.ImportDevices_add;
		case UPDATE -> Messages.ImportDevices_update;
		case UNCHANGED -> Messages.ImportDevices_unchanged;
		case ERROR -> Messages.ImportDevices_error;
		};
	}

	DeviceListPlan plan() {
		return plan;
	}

	/** For tests. */
	Text fileField() {
		return file;
	}

	List<Combo> combos() {
		return combos;
	}
}
