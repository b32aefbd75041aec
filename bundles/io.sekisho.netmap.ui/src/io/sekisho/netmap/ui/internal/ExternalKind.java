package io.sekisho.netmap.ui.internal;

import io.sekisho.model.facility.ConnectionMode;
import io.sekisho.model.facility.ConnectionPurpose;
import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.model.facility.OrganizationRole;

/** What an external connection point is on the map: its icon, label and palette entry. */
public enum ExternalKind {
	INTERNET, VENDOR, REGIONAL_NETWORK, CATERER, ONLINE_QUALIFICATION, CLOUD, OTHER;

	public static ExternalKind of(ExternalConnection connection) {
		if (connection.getCounterpart() != null && connection.getCounterpart().getRole() == OrganizationRole.CATERING) {
			return CATERER;
		}
		ConnectionPurpose purpose = connection.getPurpose();
		if (purpose == null) {
			return OTHER;
		}
		return switch (purpose) {
		case INTERNET -> INTERNET;
		case REMOTE_MAINTENANCE -> VENDOR;
		case REGIONAL_NETWORK -> REGIONAL_NETWORK;
		case ONLINE_QUALIFICATION -> ONLINE_QUALIFICATION;
		case CLOUD_SERVICE -> CLOUD;
		default -> OTHER;
		};
	}

	/** Sets the purpose (and mode) of a new connection of this kind. */
	public void applyTo(ExternalConnection connection) {
		connection.setPurpose(switch (this) {
		case INTERNET -> ConnectionPurpose.INTERNET;
		case VENDOR -> ConnectionPurpose.REMOTE_MAINTENANCE;
		case REGIONAL_NETWORK -> ConnectionPurpose.REGIONAL_NETWORK;
		case ONLINE_QUALIFICATION -> ConnectionPurpose.ONLINE_QUALIFICATION;
		case CLOUD -> ConnectionPurpose.CLOUD_SERVICE;
		case CATERER, OTHER -> ConnectionPurpose.OTHER;
		});
		connection.setMode(this == VENDOR ? ConnectionMode.ON_DEMAND : ConnectionMode.ALWAYS_ON);
	}

	public String label() {
		return Messages.label("External_" + name()); //$NON-NLS-1$
	}
}
