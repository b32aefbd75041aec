package io.sekisho.netmap.drawio;

import io.sekisho.model.facility.DeviceCategory;
import io.sekisho.netmap.internal.Messages;

/** Category names for generated device names. */
final class Labels {

	private Labels() {
	}

	static String category(DeviceCategory category) {
		if (category == null) {
			return Messages.Category_OTHER;
		}
		return switch (category) {
			case SERVER -> Messages.Category_SERVER;
			case CLIENT_PC -> Messages.Category_CLIENT_PC;
			case NETWORK_DEVICE -> Messages.Category_NETWORK_DEVICE;
			case MEDICAL_DEVICE -> Messages.Category_MEDICAL_DEVICE;
			case IOT -> Messages.Category_IOT;
			case PRINTER -> Messages.Category_PRINTER;
			case STORAGE -> Messages.Category_STORAGE;
			default -> Messages.Category_OTHER;
		};
	}
}
