package io.sekisho.netmap.render;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;

/**
 * The font of pictures: a Japanese Gothic installed on the machine (Noto Sans CJK JP on Linux, Yu Gothic or Meiryo
 * on Windows), else Java's logical sans-serif font, which maps to one with Japanese glyphs where the system has it.
 */
public final class Fonts {

	private static final List<String> PREFERRED = List.of("Noto Sans CJK JP", "Noto Sans JP", "Yu Gothic UI", "Yu Gothic", "Meiryo", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"IPAexGothic", "IPAGothic"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final String FAMILY = find();

	private Fonts() {
	}

	private static String find() {
		List<String> installed = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(java.util.Locale.ROOT));
		for (String name : PREFERRED) {
			if (installed.contains(name)) {
				return name;
			}
		}
		return Font.SANS_SERIF;
	}

	/** @return the family used for pictures */
	public static String family() {
		return FAMILY;
	}

	/** @return the CSS font-family list of SVG pictures */
	static String cssFamily() {
		return "'" + FAMILY + "', 'Noto Sans CJK JP', 'Yu Gothic', Meiryo, sans-serif"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
