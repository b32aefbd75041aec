package io.sekisho.ui.internal.imports;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

import io.sekisho.ui.editor.FeatureValues;
import io.sekisho.ui.internal.editor.FacilityEditor;

/**
 * File > インポート > Sekisho > 機器台帳 (CSV・Excel): the hospital's existing device list into the facility of
 * the active editor, as one undoable command.
 */
public final class ImportDevicesWizard extends Wizard implements IImportWizard {

	private FacilityEditor editor;
	private ImportDevicesPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		setWindowTitle(Messages.ImportDevices_windowTitle);
		if (workbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor() instanceof FacilityEditor facilityEditor
				&& facilityEditor.workbook() != null && !facilityEditor.context().isReadOnly()) {
			this.editor = facilityEditor;
		}
	}

	@Override
	public void addPages() {
		if (editor == null) {
			page = new ImportDevicesPage(null, null);
			page.setErrorMessage(Messages.ImportDevices_noEditor);
		} else {
			page = new ImportDevicesPage(editor.workbook(), new FeatureValues(editor.context().adapterFactory()));
		}
		addPage(page);
	}

	@Override
	public boolean canFinish() {
		return editor != null && super.canFinish();
	}

	@Override
	public boolean performFinish() {
		DeviceListPlan plan = page.plan();
		if (editor == null || plan == null || !plan.applicable()) {
			return false;
		}
		editor.context().execute(plan.command(editor.context().editingDomain()));
		return true;
	}

	ImportDevicesPage page() {
		return page;
	}
}
