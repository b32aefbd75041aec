package io.sekisho.firmware.identify;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

/**
 * Identifies a device from what it prints: FortiGate {@code get system status}, YAMAHA {@code show environment},
 * Cisco {@code show version}, PAN-OS {@code show system info}, NEC IX {@code show version}, Allied Telesis
 * {@code show system}, Junos {@code show version}, or an SNMP sysDescr (a YAMAHA, Cisco or NEC sysDescr is the
 * first line of its own output and reads the same). Input is bounded ({@link #MAX_CHARS}).
 */
public final class DeviceOutputReader {

	/** More than this is not the output of one command; refused before reading it all. */
	public static final int MAX_CHARS = 256 * 1024;

	private static final List<OutputFormat> FORMATS = List.of(new FortiGateStatus(), new YamahaEnvironment(), new NecIxVersion(), new CiscoVersion(),
			new PanOsSystemInfo(), new AlliedTelesisSystem(), new JunosVersion(), new SnmpSysDescr());

	/** @throws IdentifyException when no known output is recognised, or the version is missing */
	public Identification identify(String output) throws IdentifyException {
		if (output == null || output.isBlank()) {
			throw new IdentifyException(Messages.Identify_empty);
		}
		if (output.length() > MAX_CHARS) {
			throw new IdentifyException(NLS.bind(Messages.Identify_tooLong, MAX_CHARS / 1024));
		}
		// net-snmp prints "SNMPv2-MIB::sysDescr.0 = STRING: ..." before the sysDescr itself
		Text text = new Text(output.replaceFirst("^\\s*\\S*sysDescr\\S*\\s*=\\s*STRING:\\s*", "")); //$NON-NLS-1$ //$NON-NLS-2$
		for (OutputFormat format : FORMATS) {
			Optional<Identification> found = format.read(text);
			if (found.isPresent()) {
				return found.get();
			}
		}
		throw new IdentifyException(Messages.Identify_unknown);
	}

	/** Reads at most {@link #MAX_CHARS} characters of UTF-8 and identifies them. */
	public Identification identify(InputStream in) throws IdentifyException, IOException {
		Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
		char[] buffer = new char[MAX_CHARS + 1];
		int total = 0;
		int n;
		while (total < buffer.length && (n = reader.read(buffer, total, buffer.length - total)) > 0) {
			total += n;
		}
		if (total > MAX_CHARS) {
			throw new IdentifyException(NLS.bind(Messages.Identify_tooLong, MAX_CHARS / 1024));
		}
		return identify(new String(buffer, 0, total));
	}
}
