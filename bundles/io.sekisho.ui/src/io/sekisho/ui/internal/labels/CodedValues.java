package io.sekisho.ui.internal.labels;

import static io.sekisho.model.facility.FacilityPackage.Literals.*;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EStructuralFeature;

import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.checklist.editions.Editions;
import io.sekisho.core.labels.FindingLabels;
import io.sekisho.core.labels.PasswordFindingLabels;
import io.sekisho.password.PasswordCatalog;
import io.sekisho.ui.internal.Messages;

/**
 * What a person reads for the model's machine values outside the tables: a boolean as はい / いいえ, an edition id
 * as its title (令和7年度版), a profile id as the profile's name, finding codes and sources by name, a device
 * column by name. Features that only hold ids or secrets' fingerprints are not shown at all.
 */
public final class CodedValues {

	/** ids and fingerprints: nothing a person reads or edits */
	private static final Set<EStructuralFeature> HIDDEN = Set.of(IDENTIFIED__ID, FACILITY_WORKBOOK__FINGERPRINT_SALT,
			PASSWORD_ASSESSMENT__FINGERPRINT, PASSWORD_ASSESSMENT__FINGERPRINT_SCHEME);
	/** coded values shown by name; they are set by Sekisho, so they are not typed in as codes either */
	private static final Set<EStructuralFeature> NAMED = Set.of(CHECKLIST_ASSESSMENT__EDITION_ID, PASSWORD_ASSESSMENT__PROFILE_ID,
			PASSWORD_ASSESSMENT__FINDING_CODES, FINDING__SOURCE, FINDING__CODE, CHECKLIST_ANSWER__DEVICE_COLUMN, CHECKLIST_ANSWER__ITEM_ID);

	private CodedValues() {
	}

	/** @return whether the feature is left out of the Properties view (an id, a fingerprint) */
	public static boolean hidden(Object feature) {
		return HIDDEN.contains(feature);
	}

	/** @return whether the feature holds a code shown by its name, and therefore is not edited as text */
	public static boolean named(Object feature) {
		return NAMED.contains(feature);
	}

	/** @return the text of {@code value} of {@code feature} when it is a boolean or a coded value, else empty */
	public static Optional<String> text(Object feature, Object value) {
		if (value instanceof Boolean flag) {
			return Optional.of(flag ? Messages.Label_true : Messages.Label_false);
		}
		if (!(feature instanceof EStructuralFeature structural) || !NAMED.contains(structural) || value == null) {
			return Optional.empty();
		}
		if (value instanceof Collection<?> values) {
			List<String> codes = values.stream().map(String::valueOf).toList();
			return Optional.of(structural == PASSWORD_ASSESSMENT__FINDING_CODES ? PasswordFindingLabels.labels(codes)
					: codes.stream().map(code -> single(structural, code)).collect(Collectors.joining(", "))); //$NON-NLS-1$
		}
		return Optional.of(single(structural, String.valueOf(value)));
	}

	private static String single(EStructuralFeature feature, String code) {
		if (feature == CHECKLIST_ASSESSMENT__EDITION_ID) {
			return EditionRegistry.fromPlatform().find(code).map(Editions::title).orElse(code);
		}
		if (feature == PASSWORD_ASSESSMENT__PROFILE_ID) {
			return PasswordCatalog.fromPlatform().profile(code).map(p -> p.name(Locale.getDefault())).orElse(code);
		}
		if (feature == PASSWORD_ASSESSMENT__FINDING_CODES) {
			return PasswordFindingLabels.label(code);
		}
		if (feature == FINDING__SOURCE) {
			return FindingLabels.source(code);
		}
		if (feature == FINDING__CODE) {
			return FindingLabels.code(code);
		}
		if (feature == CHECKLIST_ANSWER__DEVICE_COLUMN) {
			return Editions.columnLabel(code);
		}
		return code; // the item number (2-⑥) is what the form prints
	}
}
