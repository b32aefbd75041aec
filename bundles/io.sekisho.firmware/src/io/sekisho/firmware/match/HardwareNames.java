package io.sekisho.firmware.match;

import java.util.List;
import java.util.Locale;

/**
 * Compares hardware names the way NVD's inconsistent spelling needs: separators do not count ({@code tz_500} =
 * {@code tz500} = {@code tz-500}), and a series name ending in three zeros covers its models
 * ({@code fortigate_6000} covers {@code fortigate-6300f}, {@code fortigate-6500f-dc}).
 */
public final class HardwareNames {

	private HardwareNames() {
	}

	/** @return the name without separators and in lower case */
	public static String squeeze(String name) {
		StringBuilder b = new StringBuilder(name.length());
		for (int i = 0; i < name.length(); i++) {
			char ch = Character.toLowerCase(name.charAt(i));
			if (ch != '_' && ch != '-' && ch != ' ' && ch != '.') {
				b.append(ch);
			}
		}
		return b.toString();
	}

	/** @return whether the record's hardware name means the device's hardware name */
	public static boolean same(String recordName, String deviceName) {
		String a = squeeze(recordName);
		String b = squeeze(deviceName);
		return a.equals(b) || coversAsSeries(a, b);
	}

	/** {@code fortigate6000} covers {@code fortigate6300f}: same prefix, same number of digits, same first digit. */
	private static boolean coversAsSeries(String series, String model) {
		int digits = firstDigit(series);
		if (digits < 0 || !series.endsWith("000") || !model.startsWith(series.substring(0, digits))) { //$NON-NLS-1$
			return false;
		}
		String seriesNumber = series.substring(digits);
		int end = digits;
		while (end < model.length() && Character.isDigit(model.charAt(end))) {
			end++;
		}
		String modelNumber = model.substring(digits, end);
		return seriesNumber.chars().allMatch(Character::isDigit) && modelNumber.length() == seriesNumber.length()
				&& modelNumber.charAt(0) == seriesNumber.charAt(0);
	}

	private static int firstDigit(String s) {
		for (int i = 0; i < s.length(); i++) {
			if (Character.isDigit(s.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	/** @return whether any of the device's hardware products is the record's one */
	static boolean matches(List<Product> device, String vendor, String product) {
		String v = vendor.toLowerCase(Locale.ROOT);
		for (Product p : device) {
			if (p.vendor().equals(v) && same(product, p.product())) {
				return true;
			}
		}
		return false;
	}
}
