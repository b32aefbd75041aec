package io.sekisho.firmware.identify;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SNMP sysDescr (one line) of devices whose sysDescr is not already their {@code show version} first line: Allied
 * Telesis ({@code Allied Telesis router/switch, AW+ v5.4.7-1.1}), Juniper ({@code Juniper Networks, Inc. mx240
 * internet router, kernel JUNOS 13.3R1.4 ...}), SonicWall ({@code SonicWALL TZ 370 (SonicOS 7.0.1-5035)}), and the
 * {@code SNMPv2-MIB::sysDescr.0 = STRING:} prefix of net-snmp's output.
 */
final class SnmpSysDescr implements OutputFormat {

	private static final Pattern ALLIED = Pattern.compile("Allied Telesis.*?(AT-\\S+)?.*?(?:AW\\+|AlliedWare Plus).*?v?(\\d+\\.\\d+\\.\\d+(?:-\\d+\\.\\d+)?)", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
	private static final Pattern JUNIPER = Pattern.compile("Juniper Networks, Inc\\. (\\S+).*?JUNOS (\\S+?),?\\s", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
	private static final Pattern SONICWALL = Pattern.compile("SonicWALL\\s+(.+?)\\s*\\(SonicOS(?: Enhanced)?\\s+([^)\\s]+)", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$

	@Override
	public Optional<Identification> read(Text text) {
		String line = text.all().strip();
		Matcher m = ALLIED.matcher(line);
		if (m.find()) {
			return Optional.of(new Identification("snmp-sysdescr", "Allied Telesis", m.group(1), "AlliedWare Plus", m.group(2), null, null)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		m = JUNIPER.matcher(line + ' ');
		if (m.find()) {
			return Optional.of(new Identification("snmp-sysdescr", "Juniper Networks", m.group(1), "Junos", m.group(2), null, null)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		m = SONICWALL.matcher(line);
		if (m.find()) {
			return Optional.of(new Identification("snmp-sysdescr", "SonicWall", m.group(1).replace(" ", ""), "SonicOS", m.group(2), null, null)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		}
		return Optional.empty();
	}
}
