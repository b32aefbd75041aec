package io.sekisho.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.AccountStatus;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.Availability;
import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceStatus;
import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Link;
import io.sekisho.model.validation.Problem;
import io.sekisho.model.validation.ValidationCodes;
import io.sekisho.model.validation.WorkbookValidation;

/** Every rule of the validator: the fixture is clean (negative case), one change triggers exactly that rule (positive case). */
class ValidationTest {

	private FacilityWorkbook wb;
	private Device vpn;
	private Device server;
	private ExternalConnection connection;
	private Account account;
	private ChecklistAnswer answer;

	@BeforeEach
	void clinic() {
		wb = Fixtures.smallClinic();
		vpn = Fixtures.device(wb, "VPN-01");
		server = Fixtures.device(wb, "電子カルテサーバ");
		connection = wb.getExternalConnections().get(0);
		account = wb.getAccounts().get(0);
		answer = wb.getChecklistAssessments().get(0).getAnswers().get(0);
	}

	private List<Problem> problems() {
		return new WorkbookValidation().validate(wb);
	}

	private Problem only(int code, int severity) {
		List<Problem> problems = problems();
		assertEquals(1, problems.size(), problems.toString());
		Problem p = problems.get(0);
		assertEquals(code, p.code(), p.toString());
		assertEquals(severity, p.severity(), p.toString());
		return p;
	}

	@Test
	void fixtureIsClean() {
		assertEquals(List.of(), problems());
		assertEquals(Diagnostic.OK, new WorkbookValidation().diagnose(wb).getSeverity());
	}

	@Test
	void duplicateDeviceNamesIgnoringCaseAndBlanks() {
		Fixtures.device(wb, " vpn-01 ", server.getCategory(), null);
		List<Problem> problems = problems();
		assertEquals(2, problems.size(), "both devices are reported: " + problems);
		assertTrue(problems.stream().allMatch(p -> p.code() == ValidationCodes.DEVICE_NAME_DUPLICATE && p.isError()));
		assertEquals("/devices[VPN-01]", problems.get(0).path());
		assertTrue(problems.get(0).message().contains("VPN-01"), problems.get(0).message());
	}

	@Test
	void deviceWithoutName() {
		server.setName("  ");
		Problem p = only(ValidationCodes.DEVICE_NAME_MISSING, Diagnostic.ERROR);
		assertEquals("/devices[#2]", p.path(), "a device without name is found by its position");
	}

	@Test
	void invalidIpAddress() {
		server.getIpAddresses().add("192.168.10.256");
		Problem p = only(ValidationCodes.IP_ADDRESS_INVALID, Diagnostic.ERROR);
		assertTrue(p.message().contains("192.168.10.256"), p.message());
		assertEquals("/devices[電子カルテサーバ]", p.path());
	}

	@Test
	void ipv6AddressesAreAccepted() {
		server.getIpAddresses().add("fe80::1%eth0");
		server.getIpAddresses().add("2001:db8::10");
		assertEquals(List.of(), problems());
	}

	@Test
	void invalidMacAddress() {
		vpn.getMacAddresses().add("00:1A:2B:3C:4D");
		Problem p = only(ValidationCodes.MAC_ADDRESS_INVALID, Diagnostic.ERROR);
		assertTrue(p.message().contains("00:1A:2B:3C:4D"), p.message());
	}

	@Test
	void aDevicePastItsEndOfSupportIsAWarningUntilItIsDecommissioned() {
		vpn.setEndOfSupport(java.time.LocalDate.now().minusDays(1));
		Problem p = only(ValidationCodes.END_OF_SUPPORT_PASSED, Diagnostic.WARNING);
		assertTrue(p.message().contains(vpn.getEndOfSupport().toString()), p.message());
		vpn.setEndOfSupport(java.time.LocalDate.now().plusYears(1));
		assertEquals(List.of(), problems());
		vpn.setEndOfSupport(java.time.LocalDate.now().minusYears(1));
		vpn.setStatus(io.sekisho.model.facility.DeviceStatus.DECOMMISSIONED);
		assertTrue(problems().stream().noneMatch(x -> x.code() == ValidationCodes.END_OF_SUPPORT_PASSED), problems().toString());
	}

	@Test
	void vpnGatewayWithoutSourceRestrictionInformation() {
		vpn.setSourceAddressRestriction(Availability.UNKNOWN);
		only(ValidationCodes.VPN_SOURCE_RESTRICTION_UNKNOWN, Diagnostic.WARNING);
	}

	@Test
	void vpnGatewayWithRecordedAbsenceOfRestrictionIsNoDataProblem() {
		// "no restriction" is a security finding for the modules, not missing information
		vpn.setSourceAddressRestriction(Availability.NO);
		assertEquals(List.of(), problems());
	}

	@Test
	void vpnGatewayWithoutLoggingInformation() {
		vpn.setLogSettings(null);
		only(ValidationCodes.VPN_LOGGING_UNKNOWN, Diagnostic.WARNING);
		vpn.setLogSettings(Fixtures.F.createLogSettings());
		only(ValidationCodes.VPN_LOGGING_UNKNOWN, Diagnostic.WARNING);
	}

	@Test
	void decommissionedVpnGatewayIsNotChecked() {
		vpn.setLogSettings(null);
		vpn.setStatus(DeviceStatus.DECOMMISSIONED);
		assertEquals(List.of(), problems());
	}

	@Test
	void externalConnectionWithoutSourceRestrictionInformation() {
		connection.setSourceRestriction(Availability.UNKNOWN);
		Problem p = only(ValidationCodes.CONNECTION_SOURCE_RESTRICTION_UNKNOWN, Diagnostic.WARNING);
		assertEquals("/externalConnections[保守VPN]", p.path());
	}

	@Test
	void externalConnectionWithoutLoggingInformation() {
		connection.setLogging(Availability.UNKNOWN);
		only(ValidationCodes.CONNECTION_LOGGING_UNKNOWN, Diagnostic.WARNING);
	}

	@Test
	void activeAccountOnDecommissionedDevice() {
		server.setStatus(DeviceStatus.DECOMMISSIONED);
		Problem p = only(ValidationCodes.ACTIVE_ACCOUNT_ON_DECOMMISSIONED_DEVICE, Diagnostic.ERROR);
		assertEquals("/accounts[Administrator@電子カルテサーバ]", p.path());
		account.setStatus(AccountStatus.DISABLED);
		assertEquals(List.of(), problems());
	}

	@Test
	void noWithoutTargetDate() {
		answer.setRound1(Answer.NO);
		Problem p = only(ValidationCodes.NO_WITHOUT_TARGET_DATE, Diagnostic.ERROR);
		assertEquals("/checklistAssessments[mhlw-r7 MEDICAL_INSTITUTION]/answers[1-(1)]", p.path());
		answer.setTargetDate(LocalDate.of(2026, 3, 31));
		assertEquals(List.of(), problems());
	}

	@Test
	void noInRoundOneAnsweredYesInRoundTwoNeedsNoTarget() {
		answer.setRound1(Answer.NO);
		answer.setRound2(Answer.YES);
		answer.setRound2Date(LocalDate.of(2025, 10, 1));
		assertEquals(List.of(), problems());
	}

	@Test
	void targetDateOutsideTheFiscalYearOfTheEdition() {
		answer.setRound1(Answer.NO);
		answer.setTargetDate(LocalDate.of(2026, 4, 1));
		Problem p = only(ValidationCodes.TARGET_DATE_OUTSIDE_FISCAL_YEAR, Diagnostic.ERROR);
		assertTrue(p.message().contains("2026-04-01") && p.message().contains("2025"), p.message());
		answer.setTargetDate(LocalDate.of(2025, 4, 1));
		assertEquals(List.of(), problems(), "the first day of the fiscal year is inside");
	}

	@Test
	void answerWithoutDate() {
		answer.setRound1Date(null);
		only(ValidationCodes.ANSWER_WITHOUT_DATE, Diagnostic.WARNING);
	}

	@Test
	void linkWithoutTarget() {
		Link link = Fixtures.F.createLink();
		link.setSource(server);
		wb.getLinks().add(link);
		only(ValidationCodes.LINK_INCOMPLETE, Diagnostic.ERROR);
		link.setTargetDevice(vpn);
		assertEquals(List.of(), problems());
	}

	@Test
	void missingOrShortFingerprintSalt() {
		wb.setFingerprintSalt(new byte[8]);
		only(ValidationCodes.SALT_TOO_SHORT, Diagnostic.ERROR);
		wb.setFingerprintSalt(null);
		only(ValidationCodes.SALT_TOO_SHORT, Diagnostic.ERROR);
	}

	@Test
	void globalRegistrationServesEmfsOwnDiagnostician() {
		WorkbookValidation.registerGlobally();
		server.getIpAddresses().add("999.1.1.1");
		Diagnostic result = org.eclipse.emf.ecore.util.Diagnostician.INSTANCE.validate(wb);
		assertEquals(Diagnostic.ERROR, result.getSeverity());
		assertTrue(result.getChildren().stream().anyMatch(d -> d.getCode() == ValidationCodes.IP_ADDRESS_INVALID), result.toString());
	}

	@Test
	void structuralConstraintsStillApply() {
		// a dangling reference to a device outside any resource/workbook is an EMF structural error
		new io.sekisho.model.persistence.SekishoResource(org.eclipse.emf.common.util.URI.createURI("memory:/v.sekisho")).getContents().add(wb);
		Device stray = Fixtures.F.createDevice();
		stray.setName("どこにもない機器");
		account.setDevice(stray);
		List<Problem> problems = problems();
		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).isError());
		assertEquals(Diagnostic.ERROR, new WorkbookValidation().diagnose(wb).getSeverity());
	}
}
