package io.sekisho.password.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of io.sekisho.password (finding texts are in io/sekisho/password/findings*.properties). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.sekisho.password.internal.messages"; //$NON-NLS-1$

	public static String Breached_badCount;
	public static String Breached_badLine;
	public static String Breached_expectedHash;
	public static String Breached_noInput;
	public static String Breached_noPrefixFiles;
	public static String Breached_notAnIndex;
	public static String Breached_notHex;
	public static String Breached_notSorted;
	public static String Breached_truncated;
	public static String Catalog_duplicateProfile;
	public static String Catalog_missingFile;
	public static String Catalog_notFound;
	public static String Catalog_unknownProfile;
	public static String Catalog_unreadable;
	public static String Fingerprint_malformed;
	public static String Fingerprint_costTooHigh;
	public static String Fingerprint_saltTooShort;
	public static String Facility_saltTooShort;
	public static String Vault_otherKey;
	public static String Generator_badLength;
	public static String Generator_badWordCount;
	public static String Generator_noAcceptable;
	public static String Profile_badValue;
	public static String Profile_missingKey;
	public static String Vault_badLine;
	public static String Vault_keyMalformed;
	public static String Vault_keyNotPrivate;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
