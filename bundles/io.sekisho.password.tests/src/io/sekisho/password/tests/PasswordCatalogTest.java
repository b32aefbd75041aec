package io.sekisho.password.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.sekisho.password.CheckContext;
import io.sekisho.password.FindingCode;
import io.sekisho.password.PasswordCatalog;
import io.sekisho.password.PasswordChecker;
import io.sekisho.password.PasswordProfile;

/** The extension points pick up contributions: this fragment's fragment.xml adds a profile and a catalog. */
class PasswordCatalogTest {

	@Test
	void contributedProfileIsSelectableBesideTheBuiltinOnes() {
		PasswordCatalog catalog = PasswordCatalog.fromPlatform();
		assertTrue(catalog.problems().isEmpty(), catalog.problems().toString());
		assertTrue(catalog.profileIds().containsAll(java.util.Set.of("mhlw-gl7", "mhlw-2024", "mhlw-r7", "nist-800-63b-4", "test-vendor-20")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				catalog.profileIds().toString());
		PasswordProfile vendor = catalog.requireProfile("test-vendor-20"); //$NON-NLS-1$
		assertEquals(20, vendor.minLength());
		assertEquals("テスト事業者: 20文字以上", vendor.name(Locale.JAPANESE)); //$NON-NLS-1$
		assertEquals("mhlw-gl7", catalog.defaultProfile().id(), "the default stays mhlw-gl7 (guideline 7.0)"); //$NON-NLS-1$ //$NON-NLS-2$
		PasswordChecker checker = new PasswordChecker(catalog);
		assertTrue(checker.check("Vq7#mZ2!kR9w$Lp4", CheckContext.builder(vendor).build()).has(FindingCode.SHORT_WITHOUT_MFA_OR_ROTATION), //$NON-NLS-1$
				"16 characters: enough for the vendor profile with MFA only"); //$NON-NLS-1$
	}

	@Test
	void contributedDefaultCredentialIsAFactoryDefault() {
		PasswordCatalog catalog = PasswordCatalog.fromPlatform();
		PasswordChecker checker = new PasswordChecker(catalog);
		CheckContext context = CheckContext.builder(catalog.defaultProfile()).build();
		assertTrue(checker.check("ZQ7VendorSecret", context).has(FindingCode.FACTORY_DEFAULT)); //$NON-NLS-1$
		assertTrue(checker.check("Administrator", context).has(FindingCode.FACTORY_DEFAULT), "built-in catalog too"); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(new PasswordChecker(PasswordCatalog.builtin()).check("ZQ7VendorSecret", context).has(FindingCode.FACTORY_DEFAULT), //$NON-NLS-1$
				"only the contribution makes it a default"); //$NON-NLS-1$
	}
}
