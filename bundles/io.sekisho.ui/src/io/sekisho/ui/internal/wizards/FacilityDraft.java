package io.sekisho.ui.internal.wizards;

import java.util.List;

import io.sekisho.model.ModelIds;
import io.sekisho.model.Workbooks;
import io.sekisho.model.facility.Facility;
import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityKind;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Organization;
import io.sekisho.model.facility.OrganizationRole;
import io.sekisho.model.facility.Person;

/** The answers of the New Facility page, and the workbook they make. */
record FacilityDraft(String name, String kana, String romaji, FacilityKind kind, String representative, List<String> vendors) {

	FacilityWorkbook toWorkbook() {
		FacilityFactory factory = FacilityFactory.eINSTANCE;
		FacilityWorkbook workbook = Workbooks.create();
		Facility facility = workbook.getFacility();
		facility.setName(name);
		facility.setNameKana(kana);
		facility.setNameRomaji(romaji);
		facility.setKind(kind);
		Person person = factory.createPerson();
		person.setNameKanji(representative);
		facility.setRepresentative(person);
		facility.setSecurityOfficer(factory.createPerson());
		for (String vendor : vendors) {
			Organization organization = factory.createOrganization();
			organization.setName(vendor);
			organization.setRole(OrganizationRole.OTHER);
			workbook.getOrganizations().add(organization);
		}
		ModelIds.ensureIds(workbook);
		return workbook;
	}
}
