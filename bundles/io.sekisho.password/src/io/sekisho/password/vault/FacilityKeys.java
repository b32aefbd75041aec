package io.sekisho.password.vault;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * How the vault names a facility: {@code ID/SALT-ID}, the facility id and a short digest of its fingerprint salt.
 * A file copied from another facility (a template) keeps the id but, once it gets its own salt, is another
 * facility here; a key without the salt part (vault version 1) matches every key of its id.
 */
public final class FacilityKeys {

	private static final char SEPARATOR = '/';

	private FacilityKeys() {
	}

	/** @return the vault key of a facility with this id and salt */
	public static String of(String facilityId, byte[] salt) {
		if (salt == null || salt.length == 0) {
			return facilityId;
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(salt); //$NON-NLS-1$
			return facilityId + SEPARATOR + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 12);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static String idOf(String key) {
		int at = key.lastIndexOf(SEPARATOR);
		return at < 0 ? key : key.substring(0, at);
	}

	private static boolean hasSalt(String key) {
		return key.lastIndexOf(SEPARATOR) >= 0;
	}

	/** Same facility: equal keys, or equal ids where one key predates salts in the vault. */
	static boolean sameFacility(String a, String b) {
		if (a.equals(b)) {
			return true;
		}
		return (!hasSalt(a) || !hasSalt(b)) && idOf(a).equals(idOf(b));
	}

	/** A copy: the same facility id with another salt. */
	static boolean copyOf(String a, String b) {
		return hasSalt(a) && hasSalt(b) && !a.equals(b) && idOf(a).equals(idOf(b));
	}
}
