package io.sekisho.firmware.ui.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import io.sekisho.core.time.PastDue;
import io.sekisho.firmware.identify.Identification;
import io.sekisho.firmware.register.DeviceMatch;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.FacilityPackage.Literals;
import io.sekisho.model.facility.FirmwareRecord;
import io.sekisho.ui.editor.Column;
import io.sekisho.ui.editor.FacilityPage;
import io.sekisho.ui.editor.ModelChanges;
import io.sekisho.ui.editor.ModelTable;
import io.sekisho.ui.editor.PageFilter;

/**
 * The firmware register (ファームウェア) page: one row per record with its status in words and colour, a filter for the
 * known exploited, the details of the selected record, and the two actions that change the register — matching
 * against the vulnerability data and identifying a device from its output — each one command on the editor's stack.
 */
public class FirmwarePage extends FacilityPage {

	public static final String ID = "io.sekisho.firmware.ui.page"; //$NON-NLS-1$

	private static final int STATUS_COLUMN = 4;

	private ModelTable table;
	private Button onlyExploited;
	private Text details;
	private Button matchNow;
	private Button identify;
	private Button importData;
	private Label result;

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		FormToolkit toolkit = managedForm.getToolkit();
		ScrolledForm form = managedForm.getForm();
		form.setText(Messages.Page_heading);
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		body.setLayout(new GridLayout(1, false));

		Composite actions = toolkit.createComposite(body);
		actions.setLayout(new GridLayout(5, false));
		actions.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		matchNow = toolkit.createButton(actions, Messages.Page_matchNow, SWT.PUSH);
		matchNow.setToolTipText(Messages.Page_matchNowTooltip);
		identify = toolkit.createButton(actions, Messages.Page_identify, SWT.PUSH);
		identify.setToolTipText(Messages.Page_identifyTooltip);
		importData = toolkit.createButton(actions, Messages.Page_import, SWT.PUSH);
		importData.setToolTipText(Messages.Page_importTooltip);
		onlyExploited = toolkit.createButton(actions, Messages.Page_onlyExploited, SWT.CHECK);
		result = toolkit.createLabel(actions, "", SWT.WRAP); //$NON-NLS-1$
		result.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		table = new ModelTable(body, toolkit, context(), context().facility(), Literals.FACILITY_WORKBOOK__FIRMWARE_RECORDS, columns());
		TableViewer viewer = table.viewer();
		colourStatusColumn(viewer);
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parent, Object element) {
				return !onlyExploited.getSelection() || RecordTexts.knownExploited((FirmwareRecord) element);
			}
		});
		onlyExploited.addListener(SWT.Selection, e -> viewer.refresh());
		// updates planned for a day gone by: in the past-due colours, as on the overview
		table.highlightPastDue(r -> PastDue.plan((FirmwareRecord) r, LocalDate.now()));

		toolkit.createLabel(body, Messages.Page_details);
		details = toolkit.createText(body, Messages.Page_noSelection, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		GridData detailsData = new GridData(SWT.FILL, SWT.FILL, true, true);
		detailsData.heightHint = 200;
		details.setLayoutData(detailsData);

		viewer.addSelectionChangedListener(e -> showDetails());
		ModelChanges.refreshAfterCommands(details, context().commandStack(), this::showDetails);
		matchNow.addListener(SWT.Selection, e -> matchNow());
		identify.addListener(SWT.Selection, e -> identifySelected());
		importData.addListener(SWT.Selection, e -> importData());
		boolean editable = !context().isReadOnly();
		matchNow.setEnabled(editable);
		identify.setEnabled(editable);
	}

	private static List<Column> columns() {
		return List.of(Column.of(Messages.Column_device, Literals.FIRMWARE_RECORD__DEVICE, 150),
				Column.derived(Messages.Column_model, e -> RecordTexts.model((FirmwareRecord) e), 150),
				Column.of(Messages.Column_installed, Literals.FIRMWARE_RECORD__INSTALLED_VERSION, 120),
				Column.derived(Messages.Column_fixed, e -> RecordTexts.fixed((FirmwareRecord) e), 120),
				Column.derived(Messages.Column_status, e -> RecordTexts.status((FirmwareRecord) e), 220)
						.sortedBy(e -> ((FirmwareRecord) e).getStatus()),
				Column.derived(Messages.Column_kevDue, e -> RecordTexts.kevDueText((FirmwareRecord) e), 110)
						.sortedBy(e -> RecordTexts.kevDue((FirmwareRecord) e)),
				Column.of(Messages.Column_plan, Literals.FIRMWARE_RECORD__UPDATE_PLAN, 200),
				Column.of(Messages.Column_planned, Literals.FIRMWARE_RECORD__PLANNED_UPDATE, 100));
	}

	/** The status cell keeps the table's text and gets the status colour as background. */
	private void colourStatusColumn(TableViewer viewer) {
		new TableViewerColumn(viewer, viewer.getTable().getColumn(STATUS_COLUMN)).setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return RecordTexts.status((FirmwareRecord) element);
			}

			@Override
			public Color getBackground(Object element) {
				return StatusColors.of(((FirmwareRecord) element).getStatus());
			}
		});
		viewer.refresh();
	}

	private void showDetails() {
		if (details.isDisposed()) {
			return;
		}
		FirmwareRecord record = selected();
		details.setText(record == null ? Messages.Page_noSelection : RecordTexts.details(record));
	}

	FirmwareRecord selected() {
		Object first = table.viewer().getStructuredSelection().getFirstElement();
		return first instanceof FirmwareRecord record && record.eContainer() != null ? record : null;
	}

	/**
	 * Matches every device against the installation's vulnerability data (the shipped snapshot while none was
	 * imported) in a cancellable job, then writes the register as one command on the UI thread. If the facility was
	 * changed while the job ran, the results are not written (they may be stale) and the page says so.
	 *
	 * @return the scheduled job
	 */
	MatchJob matchNow() {
		MatchJob job = new MatchJob(context().facility(), LocalDate.now());
		boolean[] changed = { false };
		org.eclipse.emf.common.command.CommandStackListener listener = e -> changed[0] = true;
		context().commandStack().addCommandStackListener(listener);
		matchNow.setEnabled(false);
		result.setText(Messages.Page_matching);
		result.getParent().layout(true);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (result.isDisposed()) {
					return;
				}
				result.getDisplay().asyncExec(() -> finishMatch(job, event.getResult(), changed[0], listener));
			}
		});
		job.schedule();
		return job;
	}

	/** On the UI thread, when the match job ended. */
	private void finishMatch(MatchJob job, IStatus status, boolean changed, org.eclipse.emf.common.command.CommandStackListener listener) {
		context().commandStack().removeCommandStackListener(listener);
		if (result.isDisposed()) {
			return;
		}
		matchNow.setEnabled(!context().isReadOnly());
		String text;
		if (status.getSeverity() == IStatus.CANCEL) {
			text = Messages.Page_matchCancelled;
		} else if (!status.isOK()) {
			ILog.of(FirmwarePage.class).log(status);
			MessageDialog.openError(context().shell(), Messages.Page_matchFailedTitle, status.getMessage());
			text = ""; //$NON-NLS-1$
		} else if (changed) {
			text = Messages.Page_matchStale;
		} else {
			List<DeviceMatch> results = job.results();
			context().execute(job.register().command(context().facility(), results));
			LocalDate dataDate = job.dataDate();
			text = dataDate == null ? NLS.bind(Messages.Page_matchDoneNoDate, Integer.valueOf(results.size()))
					: NLS.bind(Messages.Page_matchDone, Integer.valueOf(results.size()), dataDate);
		}
		result.setText(text);
		result.getParent().layout(true);
	}

	/** Asks for feed files and imports them in a job the user can cancel; the result is shown when it is done. */
	private void importData() {
		FileDialog dialog = new FileDialog(context().shell(), SWT.OPEN | SWT.MULTI);
		dialog.setText(Messages.Page_import);
		dialog.setFilterExtensions(new String[] { "*.json;*.gz", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
		if (dialog.open() == null) {
			return;
		}
		List<Path> files = new ArrayList<>();
		for (String name : dialog.getFileNames()) {
			files.add(Path.of(dialog.getFilterPath(), name));
		}
		ImportJob job = new ImportJob(files);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (event.getResult().getSeverity() == IStatus.INFO && !result.isDisposed()) {
					result.getDisplay().asyncExec(() -> {
						if (!result.isDisposed()) {
							result.setText(event.getResult().getMessage());
							result.getParent().layout(true);
						}
					});
				}
			}
		});
		job.schedule();
	}

	private void identifySelected() {
		FirmwareRecord record = selected();
		if (record == null || record.getDevice() == null) {
			MessageDialog.openInformation(context().shell(), Messages.Page_identifyTitle, Messages.Page_selectDevice);
			return;
		}
		IdentifyDialog dialog = new IdentifyDialog(context().shell(), RecordTexts.device(record));
		if (dialog.open() == Window.OK && dialog.identification() != null) {
			apply(record.getDevice(), dialog.identification());
		}
	}

	/** Sets manufacturer, model and firmware version of {@code device} from {@code identification}, as one command. */
	void apply(Device device, Identification identification) {
		CompoundCommand command = new CompoundCommand(Messages.Identify_command);
		set(command, device, Literals.DEVICE__MANUFACTURER, identification.manufacturer());
		set(command, device, Literals.DEVICE__MODEL, identification.model());
		set(command, device, Literals.DEVICE__FIRMWARE_VERSION, identification.version());
		if (!command.isEmpty()) {
			context().execute(command.unwrap());
		}
	}

	private void set(CompoundCommand command, EObject owner, EStructuralFeature feature, String value) {
		if (value != null && !value.isBlank() && !value.equals(owner.eGet(feature))) {
			Command set = SetCommand.create(context().editingDomain(), owner, feature, value);
			command.append(set);
		}
	}

	ModelTable table() {
		return table;
	}

	Button onlyExploitedCheck() {
		return onlyExploited;
	}

	Text detailsText() {
		return details;
	}

	@Override
	public boolean shows(EObject element) {
		return element instanceof FirmwareRecord && element.eContainingFeature() == Literals.FACILITY_WORKBOOK__FIRMWARE_RECORDS;
	}

	/** Narrows the register to {@code filter} (a status chosen on the overview, for example); null shows every record. */
	@Override
	public boolean applyFilter(PageFilter filter) {
		if (table == null || filter != null && !filter.narrows(Literals.FIRMWARE_RECORD)) {
			return false;
		}
		if (filter != null && onlyExploited.getSelection()) {
			onlyExploited.setSelection(false);
		}
		table.setFilter(filter);
		return true;
	}

	@Override
	public boolean reveal(EObject element) {
		if (table == null || !shows(element)) {
			return false;
		}
		if (onlyExploited.getSelection() && !RecordTexts.knownExploited((FirmwareRecord) element)) {
			onlyExploited.setSelection(false);
			table.viewer().refresh();
		}
		table.viewer().setSelection(new StructuredSelection(element), true);
		return !table.viewer().getStructuredSelection().isEmpty();
	}
}
