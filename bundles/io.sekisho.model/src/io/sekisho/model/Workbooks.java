package io.sekisho.model;

import java.security.SecureRandom;

import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.persistence.SchemaVersion;

/** Creates workbooks that are complete from the start: an id, the current schema version, a facility, a salt. */
public final class Workbooks {

	/** Bytes of the per-facility fingerprint salt (256 bits). */
	public static final int SALT_BYTES = 32;

	private static final SecureRandom RANDOM = new SecureRandom();

	private Workbooks() {
	}

	/** @return an empty workbook of a new facility, with a fresh random fingerprint salt */
	public static FacilityWorkbook create() {
		byte[] salt = new byte[SALT_BYTES];
		RANDOM.nextBytes(salt);
		return create(ModelIds.newId(), salt);
	}

	/** @return an empty workbook with the given id and salt (for reproducible data such as the demo facility) */
	public static FacilityWorkbook create(String id, byte[] salt) {
		FacilityFactory factory = FacilityFactory.eINSTANCE;
		FacilityWorkbook workbook = factory.createFacilityWorkbook();
		workbook.setId(id);
		workbook.setSchemaVersion(SchemaVersion.CURRENT);
		workbook.setFingerprintSalt(salt.clone());
		workbook.setFacility(factory.createFacility());
		return workbook;
	}
}
