package io.sekisho.netmap.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.util.Locale;

/** A canvas that writes SVG elements; shapes become paths, text stays text (searchable, selectable, Japanese). */
final class SvgCanvas implements Canvas {

	private static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, true);
	private final StringBuilder out;

	SvgCanvas(StringBuilder out) {
		this.out = out;
	}

	private static String rgb(Color c) {
		return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue()); //$NON-NLS-1$
	}

	private static String num(double v) {
		return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v); //$NON-NLS-1$
	}

	private static String path(Shape shape) {
		StringBuilder d = new StringBuilder();
		double[] c = new double[6];
		for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
			switch (it.currentSegment(c)) {
				case PathIterator.SEG_MOVETO -> d.append('M').append(num(c[0])).append(' ').append(num(c[1]));
				case PathIterator.SEG_LINETO -> d.append('L').append(num(c[0])).append(' ').append(num(c[1]));
				case PathIterator.SEG_QUADTO -> d.append('Q').append(num(c[0])).append(' ').append(num(c[1])).append(' ').append(num(c[2])).append(' ')
						.append(num(c[3]));
				case PathIterator.SEG_CUBICTO -> d.append('C').append(num(c[0])).append(' ').append(num(c[1])).append(' ').append(num(c[2])).append(' ')
						.append(num(c[3])).append(' ').append(num(c[4])).append(' ').append(num(c[5]));
				default -> d.append('Z');
			}
		}
		return d.toString();
	}

	private static String dash(float[] dash) {
		if (dash == null) {
			return ""; //$NON-NLS-1$
		}
		StringBuilder b = new StringBuilder(" stroke-dasharray=\""); //$NON-NLS-1$
		for (int i = 0; i < dash.length; i++) {
			b.append(i == 0 ? "" : ",").append(num(dash[i])); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return b.append('"').toString();
	}

	@Override
	public void fill(Shape shape, Color color) {
		out.append("<path d=\"").append(path(shape)).append("\" fill=\"").append(rgb(color)).append("\"/>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Override
	public void stroke(Shape shape, Color color, float width, float[] dash) {
		out.append("<path d=\"").append(path(shape)).append("\" fill=\"none\" stroke=\"").append(rgb(color)).append("\" stroke-width=\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append(num(width)).append('"').append(dash(dash)).append("/>\n"); //$NON-NLS-1$
	}

	@Override
	public void polyline(int[] xs, int[] ys, Color color, float width, float[] dash) {
		out.append("<polyline points=\""); //$NON-NLS-1$
		for (int i = 0; i < xs.length; i++) {
			out.append(i == 0 ? "" : " ").append(xs[i]).append(',').append(ys[i]); //$NON-NLS-1$ //$NON-NLS-2$
		}
		out.append("\" fill=\"none\" stroke=\"").append(rgb(color)).append("\" stroke-width=\"").append(num(width)).append('"').append(dash(dash)) //$NON-NLS-1$ //$NON-NLS-2$
				.append("/>\n"); //$NON-NLS-1$
	}

	@Override
	public void text(String text, double x, double y, float size, boolean bold, Color color, boolean anchorMiddle) {
		out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"").append(num(size)).append('"'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (bold) {
			out.append(" font-weight=\"bold\""); //$NON-NLS-1$
		}
		if (anchorMiddle) {
			out.append(" text-anchor=\"middle\""); //$NON-NLS-1$
		}
		out.append(" fill=\"").append(rgb(color)).append("\">").append(Xml.escape(text)).append("</text>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Override
	public double textWidth(String text, float size, boolean bold) {
		return new Font(Fonts.family(), bold ? Font.BOLD : Font.PLAIN, 1).deriveFont(size).getStringBounds(text, FRC).getWidth();
	}

}
