package io.sekisho.nl.ja.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.sekisho.core.demo.DemoFacility;
import io.sekisho.core.labels.FindingLabels;
import io.sekisho.core.labels.PasswordFindingLabels;
import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.FirmwareRecord;
import io.sekisho.model.facility.provider.FacilityItemProviderAdapterFactory;

/**
 * The labels of model elements (Outline, Properties, the status bar, references in cells) under {@code -nl ja}: what
 * a person calls the thing, never an id; and the names of finding codes and sources.
 */
class JapaneseLabelsTest {

	private static FacilityItemProviderAdapterFactory factory;
	private static FacilityWorkbook demo;

	@BeforeAll
	static void demo() {
		factory = new FacilityItemProviderAdapterFactory();
		demo = DemoFacility.build();
	}

	@AfterAll
	static void dispose() {
		factory.dispose();
	}

	private static String label(Object element) {
		return ((IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class)).getText(element);
	}

	@Test
	void theWorkbookIsNamedByItsFacility() {
		assertEquals("厚労記念病院", label(demo)); //$NON-NLS-1$
	}

	@Test
	void accountsAreNamedWithTheirDevice() {
		List<String> administrators = demo.getAccounts().stream().filter(a -> "Administrator".equals(a.getUserName())) //$NON-NLS-1$
				.map(JapaneseLabelsTest::label).toList();
		assertTrue(administrators.size() >= 3, administrators::toString);
		assertTrue(administrators.contains("Administrator@EHR-SV01"), administrators::toString); //$NON-NLS-1$
		assertEquals(administrators.size(), administrators.stream().distinct().count(), () -> "told apart: " + administrators); //$NON-NLS-1$
	}

	@Test
	void firmwareRecordsAreNamedByDeviceAndProduct() {
		FirmwareRecord fortios = demo.getFirmwareRecords().stream().filter(r -> r.getDevice() != null && "FGT-EHR01".equals(r.getDevice().getName())) //$NON-NLS-1$
				.findFirst().orElseThrow();
		assertEquals("FortiGate 60E FGT-EHR01 の FortiOS 6.0.4", label(fortios)); //$NON-NLS-1$
		for (FirmwareRecord record : demo.getFirmwareRecords()) {
			String label = label(record);
			assertFalse(label.isBlank() || label.startsWith("cpe:"), label); //$NON-NLS-1$
		}
	}

	@Test
	void assessmentsAndAnswersAreNamedByEditionFormAndItem() {
		List<String> assessments = demo.getChecklistAssessments().stream().map(JapaneseLabelsTest::label).toList();
		assertFalse(assessments.isEmpty());
		assertEquals(assessments.size(), assessments.stream().distinct().count(), () -> "told apart: " + assessments); //$NON-NLS-1$
		ChecklistAssessment facilityForm = demo.getChecklistAssessments().stream()
				.filter(a -> a.getForm() == io.sekisho.model.facility.ChecklistForm.MEDICAL_INSTITUTION).findFirst().orElseThrow();
		int reiwa = facilityForm.getFiscalYear() - 2018;
		assertEquals("令和" + reiwa + "年度版 医療機関確認用", label(facilityForm)); //$NON-NLS-1$ //$NON-NLS-2$
		demo.getChecklistAssessments().stream().filter(a -> a.getRespondent() != null).findFirst()
				.ifPresent(vendorForm -> assertTrue(label(vendorForm).endsWith(" / " + vendorForm.getRespondent().getName()), label(vendorForm)));
		ChecklistAnswer answer = facilityForm.getAnswers().stream().filter(a -> "2-⑥".equals(a.getItemId()) //$NON-NLS-1$
				&& (a.getDeviceColumn() == null || a.getDeviceColumn().isEmpty() || "general".equals(a.getDeviceColumn()))).findFirst() //$NON-NLS-1$
				.orElse(facilityForm.getAnswers().get(0));
		String answerLabel = label(answer);
		assertTrue(answerLabel.startsWith("令和" + reiwa + "年度版 医療機関確認用 " + answer.getItemId()), answerLabel); //$NON-NLS-1$ //$NON-NLS-2$
		for (ChecklistAnswer any : facilityForm.getAnswers()) {
			assertFalse(label(any).matches(".*\\b(server|clientPc|networkDevice)\\b.*"), label(any)); //$NON-NLS-1$
		}
	}

	@Test
	void noLabelOfTheDemoShowsAnId() {
		demo.eAllContents().forEachRemaining(element -> {
			String label = label(element);
			assertFalse(ScreenTexts.MACHINE.matcher(label).find(), () -> element.eClass().getName() + ": " + label); //$NON-NLS-1$
			if (element instanceof io.sekisho.model.facility.Identified identified && identified.getId() != null) {
				assertFalse(label.contains(identified.getId()), label);
			}
		});
	}

	@Test
	void findingCodesAndSourcesHaveJapaneseAndEnglishNames() {
		assertEquals("短すぎる", PasswordFindingLabels.label("too-short")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("too short", PasswordFindingLabels.label("too-short", Locale.ENGLISH)); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("短すぎる、施設内で使い回し", PasswordFindingLabels.labels(List.of("too-short", "reused-in-facility"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (io.sekisho.password.FindingCode code : io.sekisho.password.FindingCode.values()) {
			assertTrue(PasswordFindingLabels.isKnown(code.code()), code.code());
			assertTrue(ScreenTexts.JAPANESE.matcher(PasswordFindingLabels.label(code.code())).find(), code.code());
			assertFalse(PasswordFindingLabels.label(code.code(), Locale.ENGLISH).equals(code.code()), code.code());
		}
		assertEquals("ファームウェア台帳", FindingLabels.source("firmware")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("手入力", FindingLabels.source("manual")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("パスワード点検", FindingLabels.source("password")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("悪用が確認された脆弱性", FindingLabels.code("known-exploited-vulnerability")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("施設内で使い回し", FindingLabels.code("reused-in-facility")); //$NON-NLS-1$ //$NON-NLS-2$
		for (Account account : demo.getAccounts()) {
			if (account.getPasswordAssessment() != null) {
				for (String code : account.getPasswordAssessment().getFindingCodes()) {
					assertTrue(PasswordFindingLabels.isKnown(code), code);
				}
			}
		}
	}
}
