package io.sekisho.core.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Random;

import io.sekisho.model.ModelIds;
import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Identified;

/**
 * What the parts of the demo builder share: the workbook under construction, a seeded random source and ids
 * derived from the seed, so that every build produces the same file byte for byte.
 */
final class DemoContext {

	final FacilityFactory f = FacilityFactory.eINSTANCE;
	final FacilityWorkbook workbook;
	final Random random;
	private final String seed;

	DemoContext(String seed, FacilityWorkbook workbook) {
		this.seed = seed;
		this.workbook = workbook;
		this.random = new Random(seed.hashCode());
	}

	/** Gives {@code element} the id derived from the seed and {@code key}; keys are unique per element. */
	<T extends Identified> T withId(T element, String key) {
		element.setId(ModelIds.fromSeed(seed + "/" + key)); //$NON-NLS-1$
		return element;
	}

	/** @return a locally administered MAC address (02:…), so no real manufacturer's prefix is used */
	String mac() {
		StringBuilder mac = new StringBuilder("02"); //$NON-NLS-1$
		for (int i = 0; i < 5; i++) {
			mac.append(':').append(String.format(Locale.ROOT, "%02X", random.nextInt(256))); //$NON-NLS-1$
		}
		return mac.toString();
	}

	String serial(String prefix) {
		return prefix + String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000)); //$NON-NLS-1$
	}

	static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e); //$NON-NLS-1$
		}
	}

	String seed() {
		return seed;
	}
}
