package io.sekisho.password.assessment;

import java.util.List;
import java.util.Locale;

import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.password.CheckContext;
import io.sekisho.password.Finding;
import io.sekisho.password.PasswordChecker;
import io.sekisho.password.Verdict;

/**
 * The password that protects a handover workbook, checked with Sekisho's own checker under the default profile
 * and with the facility's context words (its name, town ...): the workbook travels by mail and USB stick and lists
 * the facility's accounts and connections, so its password must pass what an account's password has to pass. The
 * rich client's export wizard and {@code sekishoc workbook export --encrypt} use this one check.
 */
public final class WorkbookPassword {

	private WorkbookPassword() {
	}

	public static Verdict check(PasswordChecker checker, char[] password, FacilityWorkbook facility) {
		CheckContext context = CheckContext.builder(checker.catalog().defaultProfile())
				.contextWords(FacilityContext.words(facility)).build();
		return checker.check(password, context);
	}

	/** @return why the password is not accepted, one message per finding in {@code locale}; empty when accepted */
	public static List<String> problems(PasswordChecker checker, char[] password, FacilityWorkbook facility, Locale locale) {
		Verdict verdict = check(checker, password, facility);
		return verdict.accepted() ? List.of() : verdict.findings().stream().map((Finding f) -> f.message(locale)).toList();
	}
}
