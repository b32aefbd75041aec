package io.sekisho.checklist.internal.evaluators;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import io.sekisho.checklist.evaluation.Reason;

/**
 * The reasons of the shipped evaluators (reasons.properties, reasons_ja.properties). Unlike the NLS messages, a
 * reason carries both languages at once, so both bundles are read explicitly.
 */
final class ReasonTexts {

	private static final String BASE = "io.sekisho.checklist.internal.evaluators.reasons"; //$NON-NLS-1$
	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private ReasonTexts() {
	}

	static Reason reason(String key, List<? extends EObject> elements, Object... args) {
		return new Reason(format(Locale.JAPANESE, key, args), format(Locale.ROOT, key, args), List.copyOf(elements));
	}

	/** A reason whose arguments differ by language (a vendor's Japanese and English names). */
	static Reason reason(String key, List<? extends EObject> elements, java.util.function.Function<Locale, Object[]> args) {
		return new Reason(format(Locale.JAPANESE, key, args.apply(Locale.JAPANESE)), format(Locale.ROOT, key, args.apply(Locale.ENGLISH)),
				List.copyOf(elements));
	}

	static Reason reason(String key, EObject element, Object... args) {
		return reason(key, List.of(element), args);
	}

	private static String format(Locale locale, String key, Object[] args) {
		ResourceBundle bundle = ResourceBundle.getBundle(BASE, locale, ReasonTexts.class.getClassLoader(), NO_FALLBACK);
		return NLS.bind(bundle.getString(key), args);
	}
}
