package jp.co.samplemedical.sekisho.internal;

import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.osgi.util.NLS;

/**
 * Our texts (messages.properties, messages_ja.properties). Evaluator reasons and sheet texts need a given
 * language (a Japanese workbook from an English client), so they are read per locale; command output follows the
 * platform's language.
 */
final class Messages {

	private static final String BASE = "jp.co.samplemedical.sekisho.internal.messages"; //$NON-NLS-1$
	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	static final String Evaluator_noGateway = "evaluator.noGateway"; //$NON-NLS-1$
	static final String Evaluator_noRestriction = "evaluator.noRestriction"; //$NON-NLS-1$
	static final String Evaluator_ok = "evaluator.ok"; //$NON-NLS-1$
	static final String Sheet_name = "sheet.name"; //$NON-NLS-1$
	static final String Sheet_description = "sheet.description"; //$NON-NLS-1$
	static final String Sheet_columns = "sheet.columns"; //$NON-NLS-1$
	static final String Sheet_remote = "sheet.remote"; //$NON-NLS-1$
	static final String Sheet_onSite = "sheet.onSite"; //$NON-NLS-1$
	static final String Rule_noGateway = "rule.noGateway"; //$NON-NLS-1$
	static final String Command_header = "command.header"; //$NON-NLS-1$
	static final String Command_supportEnded = "command.supportEnded"; //$NON-NLS-1$
	static final String Command_supported = "command.supported"; //$NON-NLS-1$
	static final String Command_unknownSupport = "command.unknownSupport"; //$NON-NLS-1$
	static final String Command_none = "command.none"; //$NON-NLS-1$
	static final String Command_unreadable = "command.unreadable"; //$NON-NLS-1$

	private Messages() {
	}

	static String text(String key, Locale locale) {
		Locale l = "ja".equals(locale.getLanguage()) ? Locale.JAPANESE : Locale.ROOT; //$NON-NLS-1$
		return ResourceBundle.getBundle(BASE, l, Messages.class.getClassLoader(), NO_FALLBACK).getString(key);
	}

	static String text(String key) {
		return text(key, Locale.getDefault());
	}

	static String bind(String key, Object... args) {
		return NLS.bind(text(key), args);
	}
}
