package io.sekisho.netmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.util.HashMap;
import java.util.Map;

/** A canvas on a Java2D graphics (a BufferedImage for PNG, or the workbook's picture). */
final class Java2DCanvas implements Canvas {

	private final Graphics2D g;
	private final Map<Integer, Font> fonts = new HashMap<>();

	Java2DCanvas(Graphics2D g) {
		this.g = g;
	}

	private Font font(float size, boolean bold) {
		return fonts.computeIfAbsent((int) (size * 10) * 2 + (bold ? 1 : 0), k -> new Font(Fonts.family(), bold ? Font.BOLD : Font.PLAIN, 1).deriveFont(size));
	}

	private static BasicStroke stroke(float width, float[] dash) {
		return dash == null ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
				: new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
	}

	@Override
	public void fill(Shape shape, Color color) {
		g.setColor(color);
		g.fill(shape);
	}

	@Override
	public void stroke(Shape shape, Color color, float width, float[] dash) {
		g.setColor(color);
		g.setStroke(stroke(width, dash));
		g.draw(shape);
	}

	@Override
	public void polyline(int[] xs, int[] ys, Color color, float width, float[] dash) {
		g.setColor(color);
		g.setStroke(stroke(width, dash));
		g.drawPolyline(xs, ys, xs.length);
	}

	@Override
	public void text(String text, double x, double y, float size, boolean bold, Color color, boolean anchorMiddle) {
		g.setFont(font(size, bold));
		g.setColor(color);
		double dx = anchorMiddle ? g.getFontMetrics().stringWidth(text) / 2.0 : 0;
		g.drawString(text, (float) (x - dx), (float) y);
	}

	@Override
	public double textWidth(String text, float size, boolean bold) {
		return g.getFontMetrics(font(size, bold)).stringWidth(text);
	}
}
