package io.sekisho.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.sekisho.model.facility.Facility;
import io.sekisho.model.facility.Person;

/**
 * The words a password of the facility must not be built from: the facility's names in every script, its
 * abbreviations and domains, the representative's names, and the extra context words. Used by the password module.
 */
public final class FacilityWords {

	private FacilityWords() {
	}

	/** @return the distinct, non-blank words in a stable order (names first) */
	public static List<String> of(Facility facility) {
		Set<String> words = new LinkedHashSet<>();
		if (facility == null) {
			return List.of();
		}
		add(words, facility.getName());
		add(words, facility.getNameKana());
		add(words, facility.getNameRomaji());
		facility.getAbbreviations().forEach(w -> add(words, w));
		facility.getDomainNames().forEach(w -> add(words, w));
		addPerson(words, facility.getRepresentative());
		facility.getContextWords().forEach(w -> add(words, w));
		return List.copyOf(words);
	}

	private static void addPerson(Set<String> words, Person person) {
		if (person == null) {
			return;
		}
		for (String name : new String[] { person.getNameKanji(), person.getNameKana(), person.getNameRomaji() }) {
			add(words, name);
			// family and given name on their own: passwords often contain only one of them
			if (name != null) {
				for (String part : name.trim().split("[\\s\u3000]+")) { //$NON-NLS-1$
					add(words, part);
				}
			}
		}
	}

	private static void add(Set<String> words, String word) {
		if (word != null && !word.isBlank()) {
			words.add(word.trim());
		}
	}
}
