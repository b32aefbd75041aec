package io.sekisho.core.demo;

import java.util.Arrays;

import io.sekisho.model.Workbooks;
import io.sekisho.model.ModelIds;
import io.sekisho.model.facility.Facility;
import io.sekisho.model.facility.FacilityKind;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Person;

/**
 * The demo facility 「厚労記念病院」: a fictional 300-bed hospital with the typical weak spots of real incidents
 * (an unpatched FortiGate as the EHR vendor's maintenance VPN, a catering contractor's always-on VPN, one
 * administrator password on several servers). Built the same way every time, from {@link #SEED}.
 * <p>
 * It holds no password: accounts carry assessments only. Fingerprints of accounts that share a password are equal
 * opaque values, {@code SHA-256(salt, "reuse-group:" + group)}, that are not derived from any password, under the
 * scheme {@link DemoAccounts#FINGERPRINT_SCHEME}, so they can never be mistaken for (or compared with) real ones.
 */
public final class DemoFacility {

	/** The seed of ids, addresses and serial numbers; changing it changes the whole file. */
	public static final String SEED = "sekisho-demo/kourou-kinen-hospital/1"; //$NON-NLS-1$

	private DemoFacility() {
	}

	/** @return a new, complete demo workbook, the same in every run (tests, screenshots) */
	public static FacilityWorkbook build() {
		return build(Arrays.copyOf(DemoContext.sha256(SEED + "/salt"), Workbooks.SALT_BYTES)); //$NON-NLS-1$
	}

	/**
	 * @return the demo with a fresh random fingerprint salt: what {@code sekishoc demo} and the rich client's "copy
	 *         of the demo" write, so that two copies are two facilities in the installation's vault (the id stays,
	 *         so a returned demo workbook still belongs to it)
	 */
	public static FacilityWorkbook withFreshSalt() {
		byte[] salt = new byte[Workbooks.SALT_BYTES];
		new java.security.SecureRandom().nextBytes(salt);
		return build(salt);
	}

	private static FacilityWorkbook build(byte[] salt) {
		FacilityWorkbook workbook = Workbooks.create(ModelIds.fromSeed(SEED + "/workbook"), salt); //$NON-NLS-1$
		DemoContext context = new DemoContext(SEED, workbook);
		describeFacility(workbook.getFacility(), context);
		DemoOrganizations organizations = new DemoOrganizations(context);
		DemoZones zones = new DemoZones(context);
		DemoDevices devices = new DemoDevices(context, zones, organizations);
		new DemoConnections(context, zones, organizations, devices).build();
		new DemoAccounts(context, organizations, devices).build();
		new DemoFirmware(context, devices).build();
		new DemoChecklist(context, organizations).build();
		new DemoContacts(context, organizations).build();
		new DemoFindings(context, devices).build();
		// the register, and what other modules derive, the way a real facility gets them
		DemoCompletions.apply(workbook);
		return workbook;
	}

	/** @return completions of io.sekisho.core.demoCompletions that failed (bundle, id, error); empty when all ran */
	public static java.util.List<String> completionProblems() {
		return DemoCompletions.problems();
	}

	private static void describeFacility(Facility facility, DemoContext c) {
		facility.setName("厚労記念病院"); //$NON-NLS-1$
		facility.setNameKana("コウロウキネンビョウイン"); //$NON-NLS-1$
		facility.setNameRomaji("Korou Kinen Hospital"); //$NON-NLS-1$
		facility.setKind(FacilityKind.HOSPITAL);
		facility.setBeds(300);
		facility.setPrefecture("東京都"); //$NON-NLS-1$
		facility.setAddress("架空市厚労町1丁目1番1号"); //$NON-NLS-1$
		facility.setRepresentative(person(c, "厚労 太郎", "コウロウ タロウ", "Taro Korou", "院長", null)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		facility.setSecurityOfficer(person(c, "情報 守", "ジョウホウ マモル", "Mamoru Joho", "情報システム室長", "johosys@kourou-kinen.example")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		facility.getAbbreviations().addAll(Arrays.asList("厚労病院", "厚労記念", "KKH")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		facility.getDomainNames().addAll(Arrays.asList("kourou-kinen.example", "kkh.local")); //$NON-NLS-1$ //$NON-NLS-2$
		facility.getContextWords().addAll(Arrays.asList("厚労町", "kouroucho", "架空市")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	static Person person(DemoContext c, String kanji, String kana, String romaji, String title, String mail) {
		Person person = c.f.createPerson();
		person.setNameKanji(kanji);
		person.setNameKana(kana);
		person.setNameRomaji(romaji);
		person.setTitle(title);
		person.setMail(mail);
		return person;
	}
}
