package io.sekisho.netmap.layout;

/** The sizes figures get on the map (the renderers and the editor draw into them). */
public final class FigureSizes {

	public static final int DEVICE_WIDTH = 112;
	public static final int DEVICE_HEIGHT = 76;
	public static final int EXTERNAL_WIDTH = 150;
	public static final int EXTERNAL_HEIGHT = 64;
	/** Space between a zone's border and its figures; the title bar is on top of it. */
	public static final int ZONE_PADDING = 24;
	public static final int ZONE_TITLE = 30;
	public static final int GAP = 28;
	public static final int ZONE_GAP = 60;

	private FigureSizes() {
	}
}
