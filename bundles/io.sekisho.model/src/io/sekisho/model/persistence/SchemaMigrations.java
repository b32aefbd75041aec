package io.sekisho.model.persistence;

import java.util.List;

/**
 * The migrations shipped with this version, one per older schema version. Schema version 1 is the first format,
 * so there is nothing to migrate yet; when version 2 is introduced, its migration from 1 is added here.
 */
public final class SchemaMigrations {

	private static final List<SchemaMigration> BUILT_IN = List.of();

	private SchemaMigrations() {
	}

	public static List<SchemaMigration> builtIn() {
		return BUILT_IN;
	}
}
