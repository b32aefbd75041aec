package io.sekisho.password.tests;

import java.util.List;

import io.sekisho.password.CheckContext;
import io.sekisho.password.ContextWords;
import io.sekisho.password.PasswordCatalog;
import io.sekisho.password.PasswordChecker;

/** The demo facility of the notice examples, built without the model: 厚労記念病院, representative 厚労 太郎. */
final class DemoFacility {

	static final ContextWords WORDS = ContextWords.of(List.of("厚労記念病院", "こうろうきねんびょういん", "Koro Kinen Byoin", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"厚労 太郎", "こうろう たろう", "Koro Taro", "koro-kinen.example.jp", "Sekisho Medical Systems")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	static final PasswordCatalog CATALOG = PasswordCatalog.builtin();
	static final PasswordChecker CHECKER = new PasswordChecker(CATALOG);

	private DemoFacility() {
	}

	static CheckContext context(String profile) {
		return CheckContext.builder(CATALOG.requireProfile(profile)).contextWords(WORDS).build();
	}

	static CheckContext context() {
		return context(PasswordCatalog.DEFAULT_PROFILE);
	}
}
