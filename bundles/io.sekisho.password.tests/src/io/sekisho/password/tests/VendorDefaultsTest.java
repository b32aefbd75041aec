package io.sekisho.password.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.sekisho.catalog.DefaultCredential;
import io.sekisho.catalog.DeviceCatalog;
import io.sekisho.password.CheckContext;
import io.sekisho.password.Finding;
import io.sekisho.password.FindingCode;
import io.sekisho.password.PasswordCatalog;
import io.sekisho.password.PasswordChecker;
import io.sekisho.password.PasswordProfile;
import io.sekisho.password.Verdict;

/**
 * The default passwords of the device catalog (medical devices, building IoT, network products) are factory
 * defaults under every profile, whatever their length, also with two-factor authentication, and the finding
 * names the vendor and product.
 */
class VendorDefaultsTest {

	private static final PasswordCatalog CATALOG = PasswordCatalog.fromPlatform();
	private static final PasswordChecker CHECKER = new PasswordChecker(CATALOG);

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void everyShippedDefaultPasswordIsAFactoryDefaultUnderEveryProfile(boolean mfa) {
		List<DefaultCredential> shipped = DeviceCatalog.fromPlatform().defaultCredentials();
		assertTrue(shipped.size() > 180, "entries: " + shipped.size());
		List<String> accepted = new ArrayList<>();
		for (PasswordProfile profile : CATALOG.profiles()) {
			CheckContext context = CheckContext.builder(profile).mfa(mfa).build();
			for (DefaultCredential c : shipped) {
				for (String variant : variants(c.password())) {
					Verdict v = CHECKER.check(variant.toCharArray(), context);
					if (!v.has(FindingCode.FACTORY_DEFAULT) || v.accepted()) {
						accepted.add(profile.id() + ": " + c.vendor() + " " + variant);
					}
				}
			}
		}
		assertEquals(List.of(), accepted);
	}

	/** The entry as published, in other cases, and with the suffixes people add to satisfy a rule. */
	private static List<String> variants(String password) {
		List<String> v = new ArrayList<>(List.of(password, password.toUpperCase(Locale.ROOT), password.toLowerCase(Locale.ROOT)));
		if (password.chars().filter(Character::isLetter).count() >= 3 && Character.isLetter(password.charAt(password.length() - 1))) {
			v.add(password + "1");
			v.add(password + "123!");
			v.add(Character.toUpperCase(password.charAt(0)) + password.substring(1) + "2026");
		}
		return v;
	}

	@ParameterizedTest
	@ValueSource(strings = { "admin.genie", "InfiniaAdmin", "insite.genieacq", "root.genie" })
	void theGeHealthcareDefaultsAcceptedBeforeAreRejectedUnderNistWithMfa(String password) {
		PasswordProfile nist = CATALOG.requireProfile("nist-800-63b-4");
		Verdict v = CHECKER.check(password.toCharArray(), CheckContext.builder(nist).mfa(true).build());
		assertFalse(v.accepted(), password);
		assertTrue(v.has(FindingCode.FACTORY_DEFAULT), password);
	}

	@Test
	void theFindingNamesTheVendorAndProductInTheUsersLanguage() {
		Verdict v = CHECKER.check("insite.genieacq".toCharArray(), CheckContext.builder(CATALOG.defaultProfile()).build());
		Finding f = v.findings().stream().filter(x -> x.code() == FindingCode.FACTORY_DEFAULT).findFirst().orElseThrow();
		String ja = f.message(Locale.JAPANESE);
		assertTrue(ja.startsWith("GE ヘルスケア（画像診断・核医学・モニタリング機器（保守用アカウント））の初期パスワード"), ja);
		String en = f.message(Locale.ENGLISH);
		assertTrue(en.contains("GE Healthcare") && en.contains("Imaging"), en);

		Verdict manager = CHECKER.check("friend".toCharArray(), CheckContext.builder(CATALOG.defaultProfile()).build());
		assertTrue(manager.findings().stream().anyMatch(x -> x.message(Locale.JAPANESE).contains("アライドテレシス")),
				manager.findings().toString());
	}

	@Test
	void aGeneralWordKeepsTheGeneralMessage() {
		Verdict v = CHECKER.check("admin".toCharArray(), CheckContext.builder(CATALOG.defaultProfile()).build());
		Finding f = v.findings().stream().filter(x -> x.code() == FindingCode.FACTORY_DEFAULT).findFirst().orElseThrow();
		assertEquals(List.of(), f.arguments(), "admin is everybody's default, not GE Healthcare's");
	}

	@Test
	void aStrongPasswordIsNotADefault() {
		Verdict v = CHECKER.check("Vq7#mZ2!kR9w$Lp4".toCharArray(), CheckContext.builder(CATALOG.defaultProfile()).build());
		assertFalse(v.has(FindingCode.FACTORY_DEFAULT));
	}
}
