package io.sekisho.password.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.sekisho.password.CheckContext;
import io.sekisho.password.FindingCode;
import io.sekisho.password.Verdict;
import io.sekisho.password.fingerprint.Argon2Fingerprinter;
import io.sekisho.password.fingerprint.Argon2Parameters;
import io.sekisho.password.fingerprint.FacilityFingerprints;
import io.sekisho.password.fingerprint.Fingerprint;

class FingerprintTest {

	private static final byte[] SALT = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f"); //$NON-NLS-1$

	@Test
	void sameInputsGiveTheSameBytesAndEveryParameterAndTheSecretMatter() {
		Argon2Parameters small = new Argon2Parameters(64, 1, 1);
		byte[] a = Argon2Fingerprinter.hash("password", SALT, null, small); //$NON-NLS-1$
		assertArrayEquals(a, Argon2Fingerprinter.hash("password", SALT, null, small)); //$NON-NLS-1$
		assertFalse(java.util.Arrays.equals(a, Argon2Fingerprinter.hash("password", SALT, null, new Argon2Parameters(64, 2, 1)))); //$NON-NLS-1$
		assertFalse(java.util.Arrays.equals(a, Argon2Fingerprinter.hash("password", SALT, new byte[] { 1 }, small)), "the secret changes the output"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(32, a.length);
	}

	@Test
	void encodedFormRoundTripsAndNamesTheParameters() {
		Fingerprint f = Argon2Fingerprinter.fingerprint("Vq7#mZ2!kR9w$Lp4", SALT, Argon2Parameters.SEKISHO); //$NON-NLS-1$
		String encoded = f.encoded();
		assertTrue(encoded.startsWith("$argon2id$v=19$m=65536,t=3,p=1$"), "RFC 9106's 64 MiB, 3 passes for new fingerprints: " + encoded); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(encoded.contains("Vq7"), encoded); //$NON-NLS-1$
		assertEquals(f, Fingerprint.parse(encoded));
		assertThrows(IllegalArgumentException.class, () -> Fingerprint.parse("$argon2i$v=19$m=1,t=1,p=1$AA$AA")); //$NON-NLS-1$
		assertThrows(IllegalArgumentException.class, () -> Fingerprint.parse(encoded.substring(0, 30)));
	}

	@Test
	void samePasswordSameSaltIsEqualOtherSaltIsNot() {
		Fingerprint a = Argon2Fingerprinter.fingerprint("Vq7#mZ2!kR9w$Lp4", SALT, Argon2Parameters.SEKISHO); //$NON-NLS-1$
		Fingerprint b = Argon2Fingerprinter.fingerprint(new StringBuilder("Vq7#mZ2!kR9w$Lp4"), SALT, Argon2Parameters.SEKISHO); //$NON-NLS-1$
		assertEquals(a, b);
		assertNotEquals(a, Argon2Fingerprinter.fingerprint("Vq7#mZ2!kR9w$Lp5", SALT, Argon2Parameters.SEKISHO)); //$NON-NLS-1$
		assertNotEquals(a, Argon2Fingerprinter.fingerprint("Vq7#mZ2!kR9w$Lp4", Argon2Fingerprinter.newSalt(), Argon2Parameters.SEKISHO)); //$NON-NLS-1$
	}

	@Test
	void reuseWithinTheFacilityIsFoundByFingerprintAlone() {
		String shared = "Vq7#mZ2!kR9w$Lp4"; //$NON-NLS-1$
		Fingerprint serverAccount = Argon2Fingerprinter.fingerprint(shared, SALT, Argon2Parameters.SEKISHO);
		// an older fingerprint made with other parameters is recomputed with them
		Fingerprint vpnAccount = Argon2Fingerprinter.fingerprint(shared, SALT, new Argon2Parameters(1024, 1, 1));
		Fingerprint other = Argon2Fingerprinter.fingerprint("Hy9~Pe5&Vr2*Kc7=", SALT, Argon2Parameters.SEKISHO); //$NON-NLS-1$
		FacilityFingerprints facility = FacilityFingerprints.of(SALT,
				Map.of(serverAccount, List.of("EHR server / Administrator"), vpnAccount, List.of("VPN / admin"), other, List.of("NAS / root"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		CheckContext context = CheckContext.builder(DemoFacility.CATALOG.defaultProfile()).facility(facility).build();
		Verdict verdict = DemoFacility.CHECKER.check(shared.toCharArray(), context);
		assertTrue(verdict.has(FindingCode.REUSED_IN_FACILITY), verdict.findingCodes().toString());
		String labels = verdict.findings().stream().filter(f -> f.code() == FindingCode.REUSED_IN_FACILITY).findFirst().orElseThrow().arguments().get(0);
		assertTrue(labels.contains("EHR server / Administrator") && labels.contains("VPN / admin") && !labels.contains("NAS"), labels); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(serverAccount, verdict.fingerprint().orElseThrow(), "the verdict carries the fingerprint to store"); //$NON-NLS-1$
		assertTrue(DemoFacility.CHECKER.check("N4f;Wc8%tJu3^Ge6", context).accepted()); //$NON-NLS-1$
	}

	@Test
	void aFileCannotChooseAnUnboundedCostOrAShortSalt() {
		String salt = java.util.Base64.getEncoder().withoutPadding().encodeToString(SALT);
		String hash = "A".repeat(43); //$NON-NLS-1$
		for (String scheme : List.of("m=16777216,t=1,p=1", "m=65536,t=11,p=1", "m=65536,t=3,p=9")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertThrows(Fingerprint.UnacceptableFingerprintException.class, () -> Fingerprint.parse("$argon2id$v=19$" + scheme + "$" + salt + "$" + hash), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					scheme);
		}
		assertThrows(Fingerprint.UnacceptableFingerprintException.class, () -> Fingerprint.of("argon2id$v=19$m=65536,t=3,p=1", new byte[] { 7 }, hash)); //$NON-NLS-1$
		Fingerprint.parse("$argon2id$v=19$m=262144,t=10,p=8$" + salt + "$" + hash); // the bounds themselves are accepted //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void fingerprintsOfTheEarlierParametersStillVerify() {
		String shared = "Vq7#mZ2!kR9w$Lp4"; //$NON-NLS-1$
		Fingerprint old = Argon2Fingerprinter.fingerprint(shared, SALT, Argon2Parameters.SEKISHO_2025);
		Fingerprint stored = Fingerprint.of(old.scheme(), SALT, old.hashBase64());
		assertEquals("argon2id$v=19$m=19456,t=2,p=1", stored.scheme()); //$NON-NLS-1$
		FacilityFingerprints facility = FacilityFingerprints.of(SALT, Map.of(stored, List.of("EHR server / Administrator"))); //$NON-NLS-1$
		assertEquals(List.of("EHR server / Administrator"), facility.accountsWith(shared, facility.fingerprintOf(shared))); //$NON-NLS-1$
	}
}
