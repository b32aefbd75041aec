package io.sekisho.fuzz;

import java.io.ByteArrayInputStream;

import io.sekisho.firmware.identify.DeviceOutputReader;
import io.sekisho.firmware.identify.Identification;
import io.sekisho.firmware.identify.IdentifyException;

/**
 * Device-output identification (FortiGate, YAMAHA, NEC IX, Cisco, PAN-OS, Allied Telesis, Junos, sysDescr) on
 * arbitrary bytes read as UTF-8: an identification, or an {@link IdentifyException} with a message. Anything else,
 * and a run longer than libFuzzer's -timeout (a regular expression that backtracks), is a finding.
 */
public final class DeviceOutputFuzzTarget {
	private static final DeviceOutputReader READER = new DeviceOutputReader();

	private DeviceOutputFuzzTarget() {
	}

	public static void fuzzerTestOneInput(byte[] data) throws Exception {
		try {
			Identification identification = READER.identify(new ByteArrayInputStream(data));
			if (identification == null) {
				throw new IllegalStateException("no identification and no exception"); //$NON-NLS-1$
			}
		} catch (IdentifyException e) {
			if (e.getMessage() == null || e.getMessage().isBlank()) {
				throw new IllegalStateException("a refusal without a message", e); //$NON-NLS-1$
			}
		}
	}
}
