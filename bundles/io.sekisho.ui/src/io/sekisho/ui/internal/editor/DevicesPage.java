package io.sekisho.ui.internal.editor;

import java.util.Locale;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.sekisho.catalog.CatalogEntry;
import io.sekisho.catalog.DeviceCatalog;
import io.sekisho.model.facility.Device;
import static io.sekisho.model.facility.FacilityPackage.Literals.*;

import java.util.List;

import org.eclipse.emf.ecore.EReference;

import io.sekisho.ui.editor.Column;
import io.sekisho.ui.internal.Messages;

/** The asset register (checklist 2-(1)): every server, PC, network and medical device. */
public final class DevicesPage extends TablePage {

	@Override
	protected EReference list() {
		return FACILITY_WORKBOOK__DEVICES;
	}

	@Override
	protected String heading() {
		return Messages.Devices_heading;
	}

	/** Below the table: pick the selected device's model from the device catalog (io.sekisho.catalog.devices). */
	@Override
	protected void createExtraContent(Composite body, FormToolkit toolkit) {
		Button pick = toolkit.createButton(body, Messages.Devices_pickModel, SWT.PUSH);
		pick.setToolTipText(Messages.Devices_pickModelTip);
		pick.addListener(SWT.Selection, e -> pickModel());
	}

	private void pickModel() {
		Object selected = table().viewer().getStructuredSelection().getFirstElement();
		if (!(selected instanceof Device device)) {
			MessageDialog.openInformation(context().shell(), Messages.Devices_pickModel, Messages.Devices_pickModelNoDevice);
			return;
		}
		Locale locale = Locale.getDefault();
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(context().shell(), new LabelProvider() {
			@Override
			public String getText(Object element) {
				return CatalogModels.label((CatalogEntry) element, locale);
			}
		});
		dialog.setTitle(Messages.Devices_pickModel);
		dialog.setMessage(NLS.bind(Messages.Devices_pickModelMessage, device.getName()));
		dialog.setElements(DeviceCatalog.fromPlatform().all().toArray());
		dialog.setMultipleSelection(false);
		if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof CatalogEntry entry) {
			context().execute(CatalogModels.apply(context().editingDomain(), device, entry));
		}
	}

	@Override
	protected List<Column> columns() {
		return List.of(
				Column.of(Messages.Devices_name, NAMED__NAME, 160),
				Column.of(Messages.Devices_category, DEVICE__CATEGORY, 110),
				Column.of(Messages.Devices_networkType, DEVICE__NETWORK_TYPE, 100),
				Column.of(Messages.Devices_role, DEVICE__ROLE, 140),
				Column.of(Messages.Devices_status, DEVICE__STATUS, 90),
				Column.of(Messages.Devices_zone, DEVICE__ZONE, 130),
				Column.of(Messages.Devices_ip, DEVICE__IP_ADDRESSES, 120),
				Column.of(Messages.Devices_mac, DEVICE__MAC_ADDRESSES, 140),
				Column.of(Messages.Devices_manufacturer, DEVICE__MANUFACTURER, 110),
				Column.of(Messages.Devices_model, DEVICE__MODEL, 110),
				Column.of(Messages.Devices_location, DEVICE__LOCATION, 110),
				Column.of(Messages.Devices_managedBy, DEVICE__MANAGED_BY, 130),
				Column.of(Messages.Devices_remoteMaintenance, DEVICE__REMOTE_MAINTENANCE, 80),
				Column.of(Messages.Devices_os, DEVICE__OPERATING_SYSTEM, 110),
				Column.of(Messages.Devices_firmware, DEVICE__FIRMWARE_VERSION, 90),
				Column.of(Messages.Devices_sourceRestriction, DEVICE__SOURCE_ADDRESS_RESTRICTION, 80),
				Column.of(Messages.Devices_media, DEVICE__REMOVABLE_MEDIA_RESTRICTED, 80),
				Column.of(Messages.Devices_endOfSupport, DEVICE__END_OF_SUPPORT, 100));
	}
}
