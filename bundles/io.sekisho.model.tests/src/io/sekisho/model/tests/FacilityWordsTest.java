package io.sekisho.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.sekisho.model.FacilityWords;
import io.sekisho.model.facility.Facility;

class FacilityWordsTest {

	@Test
	void namesAbbreviationsDomainsAndRepresentativeInOrderWithoutDuplicates() {
		Facility facility = Fixtures.smallClinic().getFacility();
		facility.getDomainNames().add("shiken.example");
		facility.getContextWords().add("SKC");
		facility.getContextWords().add("  ");
		assertEquals(List.of("試験クリニック", "シケンクリニック", "Shiken Clinic", "SKC", "shiken.example", "試験 花子", "試験", "花子",
				"Hanako Shiken", "Hanako", "Shiken"), FacilityWords.of(facility));
	}

	@Test
	void emptyFacility() {
		assertEquals(List.of(), FacilityWords.of(Fixtures.F.createFacility()));
		assertEquals(List.of(), FacilityWords.of(null));
	}
}
