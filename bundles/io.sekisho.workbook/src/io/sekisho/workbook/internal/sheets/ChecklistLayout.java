package io.sekisho.workbook.internal.sheets;

/**
 * The columns of a checklist sheet, shared by the sheet writer and the answer import. The layout follows the MHLW
 * form: number, item, device column, 1st round answer and date, 2nd round answer and date, target date, remarks.
 * The last column holds the key of the row (item id and device column) and is hidden: it lets the import find the
 * answer even when the facility sorted or filtered the rows.
 */
public final class ChecklistLayout {

	public static final int NUMBER = 0;
	public static final int ITEM = 1;
	public static final int DEVICE_COLUMN = 2;
	public static final int ROUND1 = 3;
	public static final int ROUND1_DATE = 4;
	public static final int ROUND2 = 5;
	public static final int ROUND2_DATE = 6;
	public static final int TARGET_DATE = 7;
	public static final int REMARKS = 8;
	public static final int KEY = 9;
	/** On the facility's form: which vendor answered the item 対象外, so the facility carries it (read-only). */
	public static final int RESPONSIBILITY = 10;

	/**
	 * The form's 確認日 sits on the respondent's line, in the column of the first round's date; that line carries
	 * this key in the key column. It has no separator, so an earlier Sekisho's import passes over the line.
	 */
	public static final int CONFIRMATION_DATE = ROUND1_DATE;
	public static final String CONFIRMATION_KEY = "confirmationDate"; //$NON-NLS-1$

	/** Separates the item id from the device column id in the key cell; ids never contain it. */
	static final String KEY_SEPARATOR = "|"; //$NON-NLS-1$

	private ChecklistLayout() {
	}

	public static String key(String itemId, String columnId) {
		return itemId + KEY_SEPARATOR + columnId;
	}

	/** @return the item id and the device column id of a key, or {@code null} when it is not a key */
	public static String[] parseKey(String key) {
		int at = key.lastIndexOf(KEY_SEPARATOR);
		if (at <= 0) {
			return null;
		}
		return new String[] { key.substring(0, at), key.substring(at + 1) };
	}
}
