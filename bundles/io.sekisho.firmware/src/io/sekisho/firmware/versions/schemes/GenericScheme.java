package io.sekisho.firmware.versions.schemes;

/**
 * The fallback for products without a scheme of their own: a version that starts with a number (after an optional
 * {@code v}, {@code Ver.}, {@code Rev.} or {@code Version}) and holds only letters, digits and {@code . - _ ( )};
 * numbers compare as numbers.
 */
public final class GenericScheme extends PatternScheme {

	public GenericScheme() {
		super("^(?:v|ver\\.?\\s*|rev\\.?\\s*|version\\s+)?(?<v>\\d[0-9a-z._()\\-]*)$"); //$NON-NLS-1$
	}
}
