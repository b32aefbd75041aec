package io.sekisho.model.validation;

import java.util.regex.Pattern;

/** Syntax checks of network addresses as people type them into an inventory. */
public final class AddressFormats {

	private static final Pattern MAC_COLON = Pattern.compile("\\p{XDigit}{2}(:\\p{XDigit}{2}){5}"); //$NON-NLS-1$
	private static final Pattern MAC_HYPHEN = Pattern.compile("\\p{XDigit}{2}(-\\p{XDigit}{2}){5}"); //$NON-NLS-1$
	private static final Pattern MAC_DOTTED = Pattern.compile("\\p{XDigit}{4}\\.\\p{XDigit}{4}\\.\\p{XDigit}{4}"); //$NON-NLS-1$
	private static final Pattern MAC_PLAIN = Pattern.compile("\\p{XDigit}{12}"); //$NON-NLS-1$
	private static final Pattern HEX_GROUP = Pattern.compile("\\p{XDigit}{1,4}"); //$NON-NLS-1$

	private AddressFormats() {
	}

	/** @return whether {@code text} is an IPv4 address (dotted decimal) or an IPv6 address (RFC 4291 text forms) */
	public static boolean isIpAddress(String text) {
		return text != null && (isIpv4(text) || isIpv6(text));
	}

	public static boolean isIpv4(String text) {
		String[] parts = text.split("\\.", -1); //$NON-NLS-1$
		if (parts.length != 4) {
			return false;
		}
		for (String part : parts) {
			if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
				return false;
			}
			// a leading zero is read as octal by some tools: 010 would be 8, so it is ambiguous
			if (part.length() > 1 && part.charAt(0) == '0') {
				return false;
			}
			if (Integer.parseInt(part) > 255) {
				return false;
			}
		}
		return true;
	}

	public static boolean isIpv6(String text) {
		String address = text;
		int zone = address.indexOf('%');
		if (zone >= 0) {
			if (zone == address.length() - 1) {
				return false;
			}
			address = address.substring(0, zone);
		}
		if (!address.contains(":")) { //$NON-NLS-1$
			return false;
		}
		int groups = 8;
		int lastColon = address.lastIndexOf(':');
		String tail = address.substring(lastColon + 1);
		if (tail.contains(".")) { //$NON-NLS-1$
			// embedded IPv4 such as ::ffff:192.0.2.1 takes the place of two groups
			if (!isIpv4(tail)) {
				return false;
			}
			address = address.substring(0, lastColon + 1) + "0:0"; //$NON-NLS-1$
		}
		int doubleColon = address.indexOf("::"); //$NON-NLS-1$
		if (doubleColon >= 0) {
			if (address.indexOf("::", doubleColon + 1) >= 0) { //$NON-NLS-1$
				return false;
			}
			String head = address.substring(0, doubleColon);
			String rest = address.substring(doubleColon + 2);
			int before = countGroups(head);
			int after = countGroups(rest);
			return before >= 0 && after >= 0 && before + after < groups;
		}
		return countGroups(address) == groups;
	}

	/** @return the number of hex groups separated by single colons, 0 for an empty string, -1 when malformed */
	private static int countGroups(String part) {
		if (part.isEmpty()) {
			return 0;
		}
		String[] groups = part.split(":", -1); //$NON-NLS-1$
		for (String group : groups) {
			if (!HEX_GROUP.matcher(group).matches()) {
				return -1;
			}
		}
		return groups.length;
	}

	/** @return whether {@code text} is a 48-bit MAC address: 00:1A:2B:3C:4D:5E, 00-1A-…, 001a.2b3c.4d5e or 001A2B3C4D5E */
	public static boolean isMacAddress(String text) {
		return text != null && (MAC_COLON.matcher(text).matches() || MAC_HYPHEN.matcher(text).matches()
				|| MAC_DOTTED.matcher(text).matches() || MAC_PLAIN.matcher(text).matches());
	}
}
