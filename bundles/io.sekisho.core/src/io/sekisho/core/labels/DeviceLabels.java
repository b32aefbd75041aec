package io.sekisho.core.labels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.osgi.util.NLS;

import io.sekisho.model.facility.Device;

/**
 * A device as a person calls it in a sentence: its name with the model and the firmware it runs, e.g.
 * {@code FGT-EHR01（FortiGate 60E、FortiOS 6.0.4）} or {@code RT-ONS01 (RTX1210, firmware Rev.14.01.38)}. Built
 * only from what the integrator recorded (name, model, operating system, version), never from a CPE product id
 * or any other code of the matching. The words live in devices.properties / devices_ja.properties.
 */
public final class DeviceLabels {

	private static final String BUNDLE = "io.sekisho.core.labels.devices"; //$NON-NLS-1$

	private DeviceLabels() {
	}

	/**
	 * @param version the installed firmware version (the firmware register's, else the device's); {@code null} or
	 *            blank when not recorded
	 * @return the device's name, then in brackets its model (else its manufacturer) and its firmware with the version
	 */
	public static String withFirmware(Device device, String version, Locale locale) {
		ResourceBundle words = bundle(locale);
		List<String> details = new ArrayList<>();
		String model = present(device.getModel()) ? device.getModel().strip() : present(device.getManufacturer()) ? device.getManufacturer().strip() : null;
		if (model != null) {
			details.add(model);
		}
		String os = present(device.getOperatingSystem()) ? device.getOperatingSystem().strip() : words.getString("firmware"); //$NON-NLS-1$
		details.add(present(version) ? os + " " + version.strip() : NLS.bind(words.getString("versionUnknown"), os)); //$NON-NLS-1$ //$NON-NLS-2$
		return NLS.bind(words.getString("withDetails"), name(device, words), String.join(words.getString("separator"), details)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return the device's name, or a word for a device without one */
	public static String name(Device device, Locale locale) {
		return name(device, bundle(locale));
	}

	private static String name(Device device, ResourceBundle words) {
		return present(device.getName()) ? device.getName().strip() : words.getString("unnamed"); //$NON-NLS-1$
	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}

	private static ResourceBundle bundle(Locale locale) {
		Locale language = Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? Locale.JAPANESE : Locale.ROOT;
		return ResourceBundle.getBundle(BUNDLE, language, DeviceLabels.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}
}
