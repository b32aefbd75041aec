package io.sekisho.model;

import java.util.Iterator;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;

import io.sekisho.model.facility.Identified;

/**
 * The ids of model elements: random UUIDs, assigned once and never changed. References in a .sekisho file
 * point to these ids, so renaming an element changes one line of the file and nothing else.
 */
public final class ModelIds {

	private ModelIds() {
	}

	/** @return a new random id */
	public static String newId() {
		return UUID.randomUUID().toString();
	}

	/** @return an id derived from {@code seed}: the same seed gives the same id (for reproducible demo data and tests) */
	public static String fromSeed(String seed) {
		return UUID.nameUUIDFromBytes(seed.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
	}

	/** Gives {@code element} a new id when it has none. */
	public static void ensureId(EObject element) {
		if (element instanceof Identified identified && (identified.getId() == null || identified.getId().isBlank())) {
			identified.setId(newId());
		}
	}

	/** Gives {@code root} and everything it contains an id where it has none. */
	public static void ensureIds(EObject root) {
		ensureId(root);
		for (Iterator<EObject> it = root.eAllContents(); it.hasNext();) {
			ensureId(it.next());
		}
	}
}
