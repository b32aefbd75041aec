package io.sekisho.model.persistence;

import org.eclipse.emf.ecore.xmi.XMLResource;

import io.sekisho.model.facility.FacilityWorkbook;

/**
 * Brings a workbook loaded from an older file format up to the next version. Attributes and elements the current
 * model no longer has are not lost: the loader records them in {@link XMLResource#getEObjectToExtensionMap()},
 * where a migration finds them and moves their values into the new features.
 */
public interface SchemaMigration {

	/** @return the schema version this migration reads; it produces {@code sourceVersion() + 1} */
	int sourceVersion();

	void migrate(FacilityWorkbook workbook, XMLResource resource);
}
