package io.sekisho.password.fingerprint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reuse within one facility: the facility's salt and the fingerprints already stored for its other accounts
 * (fingerprint → account label). A check fingerprints the password with the salt and looks for equal ones.
 */
public record FacilityFingerprints(byte[] salt, Argon2Parameters parameters, Map<Fingerprint, List<String>> others) {

	public FacilityFingerprints {
		salt = salt.clone();
		others = Map.copyOf(others);
	}

	public static FacilityFingerprints of(byte[] salt, Map<Fingerprint, List<String>> others) {
		return new FacilityFingerprints(salt, Argon2Parameters.SEKISHO, others);
	}

	public Fingerprint fingerprintOf(CharSequence password) {
		return Argon2Fingerprinter.fingerprint(password, salt, parameters);
	}

	/**
	 * Labels of the other accounts with this fingerprint. Fingerprints made with other parameters (older
	 * settings) are recomputed with theirs, so a change of parameters does not hide reuse.
	 */
	public List<String> accountsWith(CharSequence password, Fingerprint mine) {
		List<String> labels = new ArrayList<>();
		Map<Argon2Parameters, Fingerprint> byParameters = new java.util.HashMap<>();
		byParameters.put(mine.parameters(), mine);
		for (Map.Entry<Fingerprint, List<String>> e : others.entrySet()) {
			Fingerprint stored = e.getKey();
			if (!java.security.MessageDigest.isEqual(stored.salt(), salt)) {
				continue; // made for another facility salt: cannot be compared
			}
			Fingerprint comparable = byParameters.computeIfAbsent(stored.parameters(),
					p -> Argon2Fingerprinter.fingerprint(password, salt, p));
			if (comparable.sameAs(stored)) {
				labels.addAll(e.getValue());
			}
		}
		return labels;
	}
}
