package io.sekisho.password.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import io.sekisho.password.CheckContext;
import io.sekisho.password.ClassRequirement;
import io.sekisho.password.FindingCode;
import io.sekisho.password.PasswordProfile;
import io.sekisho.password.Verdict;

class ProfilesTest {

	private static Verdict check(String password, String profile, boolean mfa, boolean periodicChange) {
		CheckContext context = CheckContext.builder(DemoFacility.CATALOG.requireProfile(profile)).contextWords(DemoFacility.WORDS)
				.mfa(mfa).periodicChange(periodicChange).build();
		return DemoFacility.CHECKER.check(password, context);
	}

	@Test
	void builtinProfilesHoldTheFiguresOfTheirSources() {
		PasswordProfile mhlw = DemoFacility.CATALOG.requireProfile("mhlw-2024"); //$NON-NLS-1$
		assertEquals(13, mhlw.minLength());
		assertEquals(List.of(ClassRequirement.UPPER, ClassRequirement.LOWER, ClassRequirement.DIGIT, ClassRequirement.SYMBOL),
				mhlw.requiredClasses());
		PasswordProfile r7 = DemoFacility.CATALOG.requireProfile("mhlw-r7"); //$NON-NLS-1$
		assertEquals(8, r7.effectiveMinLength(true, false));
		assertEquals(8, r7.effectiveMinLength(false, true));
		assertEquals(13, r7.effectiveMinLength(false, false));
		PasswordProfile nist = DemoFacility.CATALOG.requireProfile("nist-800-63b-4"); //$NON-NLS-1$
		assertEquals(15, nist.minLength());
		assertEquals(8, nist.effectiveMinLength(true, false));
		assertEquals(15, nist.effectiveMinLength(false, true), "NIST gives no relief for periodic change"); //$NON-NLS-1$
		assertTrue(nist.requiredClasses().isEmpty());
		assertEquals("mhlw-gl7", DemoFacility.CATALOG.defaultProfile().id()); //$NON-NLS-1$
	}

	/** Guideline 7.0: 13+ alone, 8+ with a second factor, letters and digits, periodic change earns nothing. */
	@Test
	void guideline7DependsOnTheSecondFactorNotOnPeriodicChange() {
		PasswordProfile gl7 = DemoFacility.CATALOG.requireProfile("mhlw-gl7"); //$NON-NLS-1$
		assertEquals(13, gl7.minLength());
		assertEquals(8, gl7.effectiveMinLength(true, false));
		assertEquals(13, gl7.effectiveMinLength(false, true), "no periodic-change rule"); //$NON-NLS-1$
		String tenMixed = "vq7mz2kr9w"; //$NON-NLS-1$
		Verdict rotated = check(tenMixed, "mhlw-gl7", false, true); //$NON-NLS-1$
		assertFalse(rotated.accepted(), "periodic change does not make 10 characters enough"); //$NON-NLS-1$
		assertTrue(rotated.findingCodes().stream().anyMatch(c -> c.contains("short")), rotated.findingCodes().toString()); //$NON-NLS-1$
		assertTrue(check(tenMixed, "mhlw-gl7", true, false).accepted(), "8+ letters and digits with a second factor"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(check("vqxmzbkrpwtqh", "mhlw-gl7", false, false).has(FindingCode.MISSING_CHARACTER_CLASSES), "letters only"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(check("vq7mz2kr9wxtp", "mhlw-gl7", false, false).accepted(), "13 random letters and digits, no symbol needed"); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(check("password12345", "mhlw-gl7", false, false).accepted(), "guessable"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void r7AcceptsTenMixedCharactersOnlyWithMfaOrPeriodicChange() {
		String password = "Vq7#mZ2!kR"; //$NON-NLS-1$
		Verdict alone = check(password, "mhlw-r7", false, false); //$NON-NLS-1$
		assertEquals(List.of("short-without-mfa-or-rotation"), alone.findingCodes()); //$NON-NLS-1$
		assertTrue(check(password, "mhlw-r7", true, false).accepted()); //$NON-NLS-1$
		assertTrue(check(password, "mhlw-r7", false, true).accepted()); //$NON-NLS-1$
		assertTrue(check(password, "mhlw-2024", true, true).has(FindingCode.TOO_SHORT)); //$NON-NLS-1$
	}

	@Test
	void r7NeedsLettersDigitsAndSymbolsButNotBothCases() {
		assertTrue(check("vq7#mz2!kr9w$", "mhlw-r7", false, false).accepted()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(check("vq7mz2kr9wxtp", "mhlw-r7", false, false).has(FindingCode.MISSING_CHARACTER_CLASSES)); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(check("vq7mz2kr9wxtp", "mhlw-2024", false, false).has(FindingCode.MISSING_CHARACTER_CLASSES)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void nistHasNoCompositionRulesButLengthAndBlocklist() {
		String lowerOnly = "vqmzkrwxtpbnhcf"; //$NON-NLS-1$
		assertTrue(check(lowerOnly, "nist-800-63b-4", false, false).accepted(), //$NON-NLS-1$
				() -> check(lowerOnly, "nist-800-63b-4", false, false).findingCodes().toString()); //$NON-NLS-1$
		assertFalse(check(lowerOnly, "mhlw-2024", false, false).accepted()); //$NON-NLS-1$
		assertEquals(List.of("short-without-mfa-or-rotation"), check("vqmzkrwxtp", "nist-800-63b-4", false, false).findingCodes()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(check("vqmzkrwxtp", "nist-800-63b-4", true, false).accepted()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(check("password", "nist-800-63b-4", true, false).has(FindingCode.LEAKED_PASSWORD)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void nistAcceptsLongPassphrasesBeyondSixtyFourCharacters() {
		String phrase = "vivid-copper-lantern-drifts-over-quiet-harbor-mist-7-every-morning-before-dawn"; //$NON-NLS-1$
		assertTrue(phrase.length() > 64);
		Verdict verdict = check(phrase, "nist-800-63b-4", false, false); //$NON-NLS-1$
		assertTrue(verdict.accepted(), verdict.findingCodes().toString());
		assertEquals(phrase.length(), verdict.length());
	}

	@Test
	void tenThousandCharactersAreCheckedWholeByTheLinearDetectors() {
		StringBuilder random = new StringBuilder();
		java.util.Random r = new java.util.Random(7);
		String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789#%+=?"; //$NON-NLS-1$
		while (random.length() < 10_000) {
			random.append(alphabet.charAt(r.nextInt(alphabet.length())));
		}
		Verdict verdict = DemoFacility.CHECKER.check(random, DemoFacility.context("nist-800-63b-4")); //$NON-NLS-1$
		assertEquals(10_000, verdict.length());
		assertTrue(verdict.guessesLog10() >= 20, "the estimated prefix alone is strong"); //$NON-NLS-1$
		// a pattern far beyond the estimated prefix is still found
		Verdict tail = DemoFacility.CHECKER.check(random.substring(0, 9_000) + "aaaaaa" + random.substring(9_000), //$NON-NLS-1$ //$NON-NLS-2$
				DemoFacility.context("nist-800-63b-4")); //$NON-NLS-1$
		assertTrue(tail.has(FindingCode.REPEATED_CHARACTERS), tail.findingCodes().toString());
	}

	@Test
	void brokenProfileFileNamesTheFileAndTheKey() {
		Properties p = new Properties();
		p.setProperty("id", "broken"); //$NON-NLS-1$ //$NON-NLS-2$
		p.setProperty("minLength", "twelve"); //$NON-NLS-1$ //$NON-NLS-2$
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PasswordProfile.parse(p, "acme/profiles/broken.properties")); //$NON-NLS-1$
		assertTrue(e.getMessage().contains("acme/profiles/broken.properties"), e.getMessage()); //$NON-NLS-1$
		assertTrue(e.getMessage().contains("minLength"), e.getMessage()); //$NON-NLS-1$
		p.setProperty("minLength", "12"); //$NON-NLS-1$ //$NON-NLS-2$
		IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> PasswordProfile.parse(p, "x.properties")); //$NON-NLS-1$
		assertTrue(missing.getMessage().contains("minGuessesLog10"), missing.getMessage()); //$NON-NLS-1$
		p.setProperty("minGuessesLog10", "10"); //$NON-NLS-1$ //$NON-NLS-2$
		p.setProperty("requiredClasses", "UPPER, EMOJI"); //$NON-NLS-1$ //$NON-NLS-2$
		IllegalArgumentException badClass = assertThrows(IllegalArgumentException.class, () -> PasswordProfile.parse(p, "x.properties")); //$NON-NLS-1$
		assertTrue(badClass.getMessage().contains("EMOJI"), badClass.getMessage()); //$NON-NLS-1$
	}

	@Test
	void unknownProfileListsTheKnownOnes() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DemoFacility.CATALOG.requireProfile("nist")); //$NON-NLS-1$
		assertTrue(e.getMessage().contains("nist-800-63b-4"), e.getMessage()); //$NON-NLS-1$
	}
}
