package io.sekisho.ui.internal.wizards;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.sekisho.model.facility.FacilityKind;
import io.sekisho.ui.internal.Messages;

/** What a new facility needs first: its names, kind, representative and vendors; or a copy of the demo hospital. */
final class NewFacilityPage extends WizardPage {

	private Text name;
	private Text kana;
	private Text romaji;
	private Combo kind;
	private Text representative;
	private Text vendors;
	private Button demo;

	NewFacilityPage() {
		super("facility"); //$NON-NLS-1$
		setTitle(Messages.NewFacility_title);
		setDescription(Messages.NewFacility_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		demo = new Button(body, SWT.CHECK);
		demo.setText(Messages.NewFacility_demo);
		demo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		name = field(body, Messages.NewFacility_name);
		kana = field(body, Messages.NewFacility_kana);
		romaji = field(body, Messages.NewFacility_romaji);
		new Label(body, SWT.NONE).setText(Messages.NewFacility_kind);
		kind = new Combo(body, SWT.READ_ONLY);
		kind.setItems(Arrays.stream(FacilityKinds.labels()).toArray(String[]::new));
		kind.select(0);
		representative = field(body, Messages.NewFacility_representative);
		new Label(body, SWT.NONE).setText(Messages.NewFacility_vendors);
		vendors = new Text(body, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL);
		GridData vendorsData = new GridData(SWT.FILL, SWT.FILL, true, true);
		vendorsData.heightHint = 80;
		vendors.setLayoutData(vendorsData);
		vendors.setMessage(Messages.NewFacility_vendorsHint);
		name.addModifyListener(e -> validate());
		demo.addListener(SWT.Selection, e -> {
			for (var control : List.of(name, kana, romaji, kind, representative, vendors)) {
				control.setEnabled(!demo.getSelection());
			}
			validate();
		});
		setControl(body);
		validate();
	}

	private static Text field(Composite parent, String label) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return text;
	}

	private void validate() {
		String problem = null;
		if (!demo.getSelection()) {
			String projectName = ProjectNames.of(name.getText());
			if (name.getText().isBlank()) {
				problem = Messages.NewFacility_nameMissing;
			} else if (ResourcesPlugin.getWorkspace().getRoot().getProject(projectName).exists()) {
				problem = NLS.bind(Messages.NewFacility_projectExists, projectName);
			}
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	boolean fromDemo() {
		return demo.getSelection();
	}

	FacilityDraft draft() {
		List<String> vendorNames = vendors.getText().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
		return new FacilityDraft(name.getText().strip(), kana.getText().strip(), romaji.getText().strip(),
				FacilityKind.get(kind.getSelectionIndex()), representative.getText().strip(), vendorNames);
	}
}
