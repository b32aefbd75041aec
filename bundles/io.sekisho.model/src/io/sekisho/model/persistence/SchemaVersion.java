package io.sekisho.model.persistence;

import io.sekisho.model.facility.FacilityPackage;

/** The file format versions of .sekisho files this code reads and writes. */
public final class SchemaVersion {

	/**
	 * The version written by this code; files with a higher one are refused, lower ones are migrated. 2: the FY2026
	 * checklist (combined form, 対象外, 確認日) and per-account lockout; an older Sekisho refuses such files instead of
	 * failing on a value it does not know.
	 */
	public static final int CURRENT = 2;

	/** The namespace of the facility model; a different Sekisho namespace means a file from another (newer) format. */
	public static final String NAMESPACE = FacilityPackage.eNS_URI;

	/** Every facility model namespace starts with this; the part after it is the namespace's own version. */
	public static final String NAMESPACE_PREFIX = "http://sekisho.io/model/facility/"; //$NON-NLS-1$

	private SchemaVersion() {
	}
}
