package io.sekisho.ui.internal.vendors;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.sekisho.vendors.VendorFeature;
import io.sekisho.vendors.VendorInstallException;
import io.sekisho.vendors.VendorRepository;

/**
 * Help > ベンダー拡張の追加…: the integrator picks the vendor's p2 repository (a folder or a zip), sees which
 * features it holds and where they go, and confirms. Installing is the caller's job ({@link #repository()}).
 */
public final class AddVendorBundleDialog extends TitleAreaDialog {

	private final String unavailable;
	private final Path destination;
	private Text location;
	private List features;
	private Label note;
	private VendorRepository repository;

	/**
	 * @param unavailable why nothing can be installed into this product (no p2 director, no install folder), or
	 *            {@code null} when it can
	 * @param destination the product folder the bundles go into, or {@code null} when unknown
	 */
	public AddVendorBundleDialog(Shell parent, String unavailable, Path destination) {
		super(parent);
		this.unavailable = unavailable;
		this.destination = destination;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.AddVendor_shellTitle);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.AddVendor_title);
		setMessage(Messages.AddVendor_message);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		new Label(body, SWT.NONE).setText(Messages.AddVendor_repository);
		location = new Text(body, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(location);
		location.addModifyListener(e -> check());
		Button folder = new Button(body, SWT.PUSH);
		folder.setText(Messages.AddVendor_folder);
		folder.addListener(SWT.Selection, e -> chooseFolder());
		Button zip = new Button(body, SWT.PUSH);
		zip.setText(Messages.AddVendor_zip);
		zip.addListener(SWT.Selection, e -> chooseZip());
		Label listLabel = new Label(body, SWT.NONE);
		listLabel.setText(Messages.AddVendor_features);
		GridDataFactory.fillDefaults().span(4, 1).applyTo(listLabel);
		features = new List(body, SWT.BORDER | SWT.V_SCROLL | SWT.SINGLE);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, true).hint(SWT.DEFAULT, 100).applyTo(features);
		note = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(note);
		Label target = new Label(body, SWT.WRAP);
		target.setText(destination == null ? "" : NLS.bind(Messages.AddVendor_destination, destination)); //$NON-NLS-1$
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(target);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.AddVendor_install, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		check();
	}

	private void chooseFolder() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setText(Messages.AddVendor_chooseFolder);
		String chosen = dialog.open();
		if (chosen != null) {
			location.setText(chosen);
		}
	}

	private void chooseZip() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText(Messages.AddVendor_chooseZip);
		dialog.setFilterExtensions(new String[] { "*.zip" }); //$NON-NLS-1$
		dialog.setFilterNames(new String[] { Messages.AddVendor_zipFilter });
		String chosen = dialog.open();
		if (chosen != null) {
			location.setText(chosen);
		}
	}

	/** Reads the repository as the user types or picks it; the install button waits for a readable one. */
	private void check() {
		if (location == null || getButton(IDialogConstants.OK_ID) == null) {
			return;
		}
		repository = null;
		features.removeAll();
		note.setText(""); //$NON-NLS-1$
		String text = location.getText().strip();
		if (unavailable != null) {
			setErrorMessage(unavailable);
		} else if (text.isEmpty()) {
			setErrorMessage(null);
		} else {
			try {
				repository = VendorRepository.open(Path.of(text));
				setErrorMessage(null);
				Locale locale = Locale.getDefault();
				for (VendorFeature feature : repository.features()) {
					features.add(NLS.bind(Messages.AddVendor_feature, feature.name(locale), shortVersion(feature.version())));
				}
				if (repository.features().isEmpty()) {
					note.setText(Messages.AddVendor_noFeatureList);
				}
			} catch (VendorInstallException | java.nio.file.InvalidPathException e) {
				setErrorMessage(e instanceof VendorInstallException ? e.getMessage()
						: NLS.bind(Messages.AddVendor_notAPath, text));
			}
		}
		note.getParent().layout(true);
		getButton(IDialogConstants.OK_ID).setEnabled(repository != null);
	}

	/** 1.0.0.202612011200 is shown as 1.0.0: the qualifier is the build's time stamp, not a version a person reads. */
	static String shortVersion(String version) {
		if (version == null) {
			return ""; //$NON-NLS-1$
		}
		String[] parts = version.split("\\."); //$NON-NLS-1$
		return parts.length > 3 ? String.join(".", parts[0], parts[1], parts[2]) : version; //$NON-NLS-1$
	}

	/** @return the repository chosen, once the dialog was closed with the install button */
	public VendorRepository repository() {
		return repository;
	}

	/** For tests: the repository field and the feature list as shown. */
	Text locationField() {
		return location;
	}

	boolean installEnabled() {
		return getButton(IDialogConstants.OK_ID).isEnabled();
	}

	void pressInstall() {
		buttonPressed(IDialogConstants.OK_ID);
	}

	String[] shownFeatures() {
		return features.getItems();
	}
}
