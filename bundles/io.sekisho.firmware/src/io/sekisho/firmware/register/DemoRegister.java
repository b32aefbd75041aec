package io.sekisho.firmware.register;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import io.sekisho.core.demo.DemoCompletion;
import io.sekisho.firmware.match.Matcher;
import io.sekisho.firmware.versions.VersionSchemes;
import io.sekisho.firmware.vuln.VulnerabilityStore;
import io.sekisho.firmware.vuln.VulnerabilityStores;
import io.sekisho.model.facility.FacilityWorkbook;

/**
 * Fills the demo hospital's firmware register by matching its devices against the snapshot shipped with Sekisho,
 * exactly as {@code sekishoc firmware match --apply} would: nothing of the register is typed by hand. The date of
 * the match is the snapshot's data date, so the same Sekisho builds the same demo every time.
 */
public final class DemoRegister implements DemoCompletion {

	/** The date used when the snapshot carries none. */
	static final LocalDate FALLBACK_DATE = LocalDate.of(2026, 12, 1);

	@Override
	public void complete(FacilityWorkbook demo) throws IOException {
		try (VulnerabilityStore store = VulnerabilityStores.openShippedSnapshot()) {
			complete(demo, store);
		}
	}

	/** Matches the demo against a store, on the store's data date. */
	public static List<DeviceMatch> complete(FacilityWorkbook demo, VulnerabilityStore store) {
		LocalDate date = store.status().dataDate() != null ? store.status().dataDate() : FALLBACK_DATE;
		return new FirmwareRegister(new Matcher(store, VersionSchemes.fromPlatform()), date).apply(demo);
	}
}
