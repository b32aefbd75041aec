package io.sekisho.ui.internal.wizards;

import io.sekisho.model.facility.FacilityKind;
import io.sekisho.ui.internal.Messages;

/** Labels of the facility kinds in the order of {@link FacilityKind#VALUES}. */
final class FacilityKinds {

	private FacilityKinds() {
	}

	static String[] labels() {
		return FacilityKind.VALUES.stream().map(kind -> switch (kind) {
			case HOSPITAL -> Messages.Kind_hospital;
			case CLINIC -> Messages.Kind_clinic;
			case DENTAL_CLINIC -> Messages.Kind_dentalClinic;
			case PHARMACY -> Messages.Kind_pharmacy;
		}).toArray(String[]::new);
	}
}
