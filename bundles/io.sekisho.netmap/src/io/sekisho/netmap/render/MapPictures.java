package io.sekisho.netmap.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Pictures of the map without a display: PNG through Java2D, SVG as text. A very large map is scaled down so the
 * PNG stays within {@link #MAX_PIXELS} (bounded memory); SVG is never scaled.
 */
public final class MapPictures {

	/**
	 * At most this many pixels in a PNG (about 4000 x 3000, 48 MB as an int RGB image): a larger map is scaled down
	 * to an overview; the SVG keeps every detail.
	 */
	public static final long MAX_PIXELS = 12_000_000L;
	static final int MARGIN = 24;

	private MapPictures() {
	}

	/** @return the scene painted into an image (scale 1, or less for huge maps) */
	public static BufferedImage image(MapScene scene, double scale) {
		Rectangle b = scene.bounds();
		double s = scale;
		double w = (b.width + 2.0 * MARGIN) * s;
		double h = (b.height + 2.0 * MARGIN) * s;
		if (w * h > MAX_PIXELS) {
			s *= Math.sqrt(MAX_PIXELS / (w * h));
		}
		int width = Math.max(1, (int) Math.ceil((b.width + 2.0 * MARGIN) * s));
		int height = Math.max(1, (int) Math.ceil((b.height + 2.0 * MARGIN) * s));
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.scale(s, s);
			g.translate(MARGIN - b.x, MARGIN - b.y);
			MapPainter.paint(scene, new Java2DCanvas(g));
		} finally {
			g.dispose();
		}
		return image;
	}

	public static void png(MapScene scene, OutputStream out) throws IOException {
		PngEncoder.write(image(scene, 1.0), out);
	}

	/** Encodes a picture made by {@link #image} as PNG. */
	public static void png(BufferedImage image, OutputStream out) throws IOException {
		PngEncoder.write(image, out);
	}

	public static void svg(MapScene scene, Writer out) throws IOException {
		Rectangle b = scene.bounds();
		int width = b.width + 2 * MARGIN;
		int height = b.height + 2 * MARGIN;
		StringBuilder svg = new StringBuilder(1 << 16);
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"); //$NON-NLS-1$
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height) //$NON-NLS-1$ //$NON-NLS-2$
				.append("\" viewBox=\"").append(b.x - MARGIN).append(' ').append(b.y - MARGIN).append(' ').append(width).append(' ').append(height) //$NON-NLS-1$
				.append("\" font-family=\"").append(Xml.escape(Fonts.cssFamily())).append("\">\n"); //$NON-NLS-1$ //$NON-NLS-2$
		svg.append("<rect x=\"").append(b.x - MARGIN).append("\" y=\"").append(b.y - MARGIN).append("\" width=\"").append(width) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append("\" height=\"").append(height).append("\" fill=\"#ffffff\"/>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		MapPainter.paint(scene, new SvgCanvas(svg));
		svg.append("</svg>\n"); //$NON-NLS-1$
		out.write(svg.toString());
		out.flush();
	}
}
