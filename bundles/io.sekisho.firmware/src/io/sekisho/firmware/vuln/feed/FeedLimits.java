package io.sekisho.firmware.vuln.feed;

/**
 * Bounds that keep memory small on hostile input. Real data stays far below each: the largest NVD yearly feed is
 * about 600 MB uncompressed and compresses about 15:1; the longest real NVD description is some 10,000 characters.
 *
 * @param maxStringChars longest string value read (longer ones end the import with an error; skipped values of
 *            unknown keys are streamed past, never held)
 * @param maxDepth deepest nesting of JSON objects/arrays or XML elements
 * @param maxUncompressedBytes most bytes one file may expand to
 * @param maxCompressionRatio most uncompressed bytes per compressed byte once {@code ratioCheckAfterBytes} are out
 * @param maxXmlTextBytes most bytes between two markup characters in XML (bounds any text node or attribute)
 */
public record FeedLimits(int maxStringChars, int maxDepth, long maxUncompressedBytes, int maxCompressionRatio,
		long ratioCheckAfterBytes, int maxXmlTextBytes) {

	public static final FeedLimits DEFAULT = new FeedLimits(1 << 20, 64, 8L << 30, 100, 32L << 20, 4 << 20);
}
