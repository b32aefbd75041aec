package io.sekisho.model.persistence;

import java.util.List;

/**
 * The migrations shipped with this version, one per older schema version: 1 to 2 moves the answers of a corrected
 * checklist item ({@link ChecklistColumnsMigration}).
 */
public final class SchemaMigrations {

	private static final List<SchemaMigration> BUILT_IN = List.of(new ChecklistColumnsMigration());

	private SchemaMigrations() {
	}

	public static List<SchemaMigration> builtIn() {
		return BUILT_IN;
	}
}
