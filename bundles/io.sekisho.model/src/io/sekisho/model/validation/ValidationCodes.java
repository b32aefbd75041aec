package io.sekisho.model.validation;

/** The codes of {@link WorkbookValidator}'s diagnostics: stable, for tests, filters and exports. */
public final class ValidationCodes {
	public static final int DEVICE_NAME_MISSING = 1;
	public static final int DEVICE_NAME_DUPLICATE = 2;
	public static final int IP_ADDRESS_INVALID = 3;
	public static final int MAC_ADDRESS_INVALID = 4;
	public static final int VPN_SOURCE_RESTRICTION_UNKNOWN = 5;
	public static final int VPN_LOGGING_UNKNOWN = 6;
	public static final int CONNECTION_SOURCE_RESTRICTION_UNKNOWN = 7;
	public static final int CONNECTION_LOGGING_UNKNOWN = 8;
	public static final int ACTIVE_ACCOUNT_ON_DECOMMISSIONED_DEVICE = 9;
	public static final int NO_WITHOUT_TARGET_DATE = 10;
	public static final int TARGET_DATE_OUTSIDE_FISCAL_YEAR = 11;
	public static final int ANSWER_WITHOUT_DATE = 12;
	public static final int LINK_INCOMPLETE = 13;
	public static final int SALT_TOO_SHORT = 14;
	public static final int END_OF_SUPPORT_PASSED = 15;

	private ValidationCodes() {
	}
}
