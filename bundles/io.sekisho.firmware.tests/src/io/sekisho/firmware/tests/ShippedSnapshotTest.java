package io.sekisho.firmware.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.sekisho.firmware.vuln.CveRecord;
import io.sekisho.firmware.vuln.InMemoryVulnerabilityStore;
import io.sekisho.firmware.vuln.KevEntry;
import io.sekisho.firmware.vuln.StoreStatus;
import io.sekisho.firmware.vuln.VulnerabilityStores;

/** The snapshot shipped in io.sekisho.firmware.data answers without any import. */
class ShippedSnapshotTest {

	@Test
	void snapshotHoldsTheNetworkDevicesOfTheIncidents() throws Exception {
		try (InMemoryVulnerabilityStore snapshot = VulnerabilityStores.openShippedSnapshot()) {
			StoreStatus status = snapshot.status();
			assertEquals(11, status.nvdTotal());
			assertEquals(2, status.nvdAwaiting(), "PAN-OS CVE-2024-3400 in its mirrored version, NEC UNIVERGE IX");
			assertEquals(9, status.kevEntries());
			assertEquals(2, status.jvnAdvisories());
			assertEquals(LocalDate.of(2026, 9, 7), status.dataDate());
			assertTrue(status.isStale(LocalDate.of(2026, 12, 1)), "older than 30 days on 2026-12-01");

			assertEquals(List.of("CVE-2018-13379", "CVE-2022-42475", "CVE-2024-21762"),
					snapshot.candidates("fortinet", "fortios").stream().map(CveRecord::cveId).toList());
			KevEntry handa = snapshot.kev("CVE-2018-13379").orElseThrow();
			assertTrue(handa.ransomwareUse());
			assertEquals(List.of("CVE-2023-20198"),
					snapshot.candidates("cisco", "ios_xe").stream().map(CveRecord::cveId).toList());
			assertEquals(List.of("CVE-2023-46805", "CVE-2024-21887"),
					snapshot.candidates("ivanti", "connect_secure").stream().map(CveRecord::cveId).toList());
			assertEquals(List.of("CVE-2024-40766"),
					snapshot.candidates("sonicwall", "tz370").stream().map(CveRecord::cveId).toList());
			assertEquals(List.of("CVE-2021-20090"),
					snapshot.candidates("buffalo", "wsr-2533dhp3-bk_firmware").stream().map(CveRecord::cveId).toList());
			assertEquals(List.of("CVE-2021-20843"),
					snapshot.candidates("yamaha", "rtx830_firmware").stream().map(CveRecord::cveId).toList());
			assertTrue(snapshot.cveIds().contains("CVE-2024-3400"));
			assertFalse(snapshot.kev("CVE-2024-3400").isEmpty(), "PAN-OS is known exploited even before analysis");
			assertEquals("JVNDB-2025-000002", snapshot.jvnFor("CVE-2025-0355").get(0).jvnId());
		}
	}
}
