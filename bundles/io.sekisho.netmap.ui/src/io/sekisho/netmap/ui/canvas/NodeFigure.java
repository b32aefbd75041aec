package io.sekisho.netmap.ui.canvas;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;

/**
 * A node: a card with an icon, a name and a second line (an address), or a cloud for a point outside the
 * facility. Connections start and end here.
 */
public class NodeFigure extends Figure {

	/** The outline of a node. */
	public enum Shape {
		CARD, CLOUD
	}

	private String title = ""; //$NON-NLS-1$
	private String subtitle;
	private Glyph glyph;
	private Shape shape = Shape.CARD;
	private RGB accent = new RGB(90, 110, 130);
	private boolean muted;
	private final TextFit titleFit = new TextFit();
	private final TextFit subtitleFit = new TextFit();
	private static final RGB CARD = new RGB(255, 255, 255);
	private static final RGB CARD_MUTED = new RGB(240, 240, 240);
	private static final RGB BORDER = new RGB(160, 170, 180);
	private static final RGB TEXT = new RGB(30, 40, 55);
	private static final RGB TEXT_MUTED = new RGB(120, 120, 120);
	private static final RGB SUBTEXT = new RGB(95, 105, 120);
	private static final RGB CLOUD_FILL = new RGB(244, 247, 252);
	private static final RGB CLOUD_SUBTEXT = new RGB(90, 100, 115);

	public NodeFigure(Object element) {
		super(element);
	}

	public String title() {
		return title;
	}

	public String subtitle() {
		return subtitle;
	}

	public Shape shape() {
		return shape;
	}

	/** Sets what the node shows; repaints. */
	public void setLook(String title, String subtitle, Glyph glyph, Shape shape, RGB accent) {
		String newTitle = title == null ? "" : title; //$NON-NLS-1$
		if (newTitle.equals(this.title) && java.util.Objects.equals(subtitle, this.subtitle) && glyph == this.glyph
				&& shape == this.shape && java.util.Objects.equals(accent, this.accent)) {
			return;
		}
		this.title = title == null ? "" : title; //$NON-NLS-1$
		this.subtitle = subtitle;
		this.glyph = glyph;
		this.shape = shape;
		this.accent = accent;
		repaint();
	}

	/** Draws the node greyed (a planned or decommissioned device). */
	public void setMuted(boolean muted) {
		if (muted == this.muted) {
			return;
		}
		this.muted = muted;
		repaint();
	}

	@Override
	protected int layer() {
		return LAYER_NODE;
	}

	@Override
	public boolean resizable() {
		return true;
	}

	@Override
	public boolean connectable() {
		return true;
	}

	@Override
	public boolean addTo(Batch batch) {
		batch.fill(highlight() != null ? highlight() : accent, bounds);
		return true;
	}

	/** In the overview the badge keeps a readable size on screen. */
	@Override
	public void paintScreenLabel(GC gc, Rect screen, PaintContext context) {
		if (context.detailed() || badge() == null) {
			return;
		}
		gc.setBackground(context.color(badgeColor(badge().severity())));
		gc.fillOval((int) screen.right() - 3, (int) screen.y() - 3, 6, 6);
	}

	@Override
	public void paint(GC gc, PaintContext context) {
		int x = (int) Math.round(bounds.x());
		int y = (int) Math.round(bounds.y());
		int w = (int) Math.round(bounds.width());
		int h = (int) Math.round(bounds.height());
		if (!context.detailed()) {
			gc.setBackground(context.color(highlight() != null ? highlight() : accent));
			gc.fillRectangle(x, y, w, h);
			return;
		}
		if (shape == Shape.CLOUD) {
			paintCloud(gc, context, x, y, w, h);
		} else {
			paintCard(gc, context, x, y, w, h);
		}
		paintBadge(gc, context);
	}

	private void paintCard(GC gc, PaintContext context, int x, int y, int w, int h) {
		gc.setBackground(context.color(muted ? CARD_MUTED : CARD));
		gc.fillRoundRectangle(x, y, w, h, 8, 8);
		boolean portrait = h >= 64 && w < 2 * h;
		gc.setBackground(context.color(accent));
		if (portrait) {
			gc.fillRectangle(x + 3, y, w - 6, 4);
		} else {
			gc.fillRectangle(x, y + 3, 4, h - 6);
		}
		RGB border = highlight() != null ? highlight() : BORDER;
		gc.setForeground(context.color(border));
		gc.setLineWidth(highlight() != null ? 3 : 1);
		gc.drawRoundRectangle(x, y, w, h, 8, 8);
		gc.setLineWidth(1);
		if (portrait) {
			paintPortrait(gc, context, x, y, w, h);
			return;
		}
		int iconSize = Math.min(32, h - 12);
		int textX = x + 10;
		if (glyph != null && iconSize > 8) {
			glyph.paint(gc, x + 10, y + (h - iconSize) / 2, iconSize);
			textX = x + 16 + iconSize;
		}
		paintTexts(gc, context, textX, y, x + w - 6 - textX, h);
	}

	/** A tall card: the icon centred at the top, name and address centred below it. */
	private void paintPortrait(GC gc, PaintContext context, int x, int y, int w, int h) {
		int iconSize = Math.min(30, h / 2 - 6);
		if (glyph != null) {
			glyph.paint(gc, x + (w - iconSize) / 2, y + 9, iconSize);
		}
		gc.setFont(context.boldFont());
		gc.setForeground(context.color(muted ? TEXT_MUTED : TEXT));
		String shown = titleFit.fit(gc, context.boldFont(), title, w - 8);
		int textY = y + 9 + iconSize + 3;
		gc.drawText(shown, x + (w - titleFit.width()) / 2, textY, SWT.DRAW_TRANSPARENT);
		if (subtitle != null && !subtitle.isEmpty()) {
			gc.setFont(context.smallFont());
			gc.setForeground(context.color(SUBTEXT));
			String sub = subtitleFit.fit(gc, context.smallFont(), subtitle, w - 8);
			gc.drawText(sub, x + (w - subtitleFit.width()) / 2, textY + titleFit.height(), SWT.DRAW_TRANSPARENT);
		}
	}

	private void paintCloud(GC gc, PaintContext context, int x, int y, int w, int h) {
		Path path = new Path(gc.getDevice());
		try {
			// four overlapping circles on a flat base: the usual "outside world" cloud
			float bx = x, by = y, bw = w, bh = h;
			path.addArc(bx, by + bh * 0.35f, bw * 0.35f, bh * 0.6f, 90, 180);
			path.addArc(bx + bw * 0.15f, by + bh * 0.05f, bw * 0.4f, bh * 0.6f, 150, -130);
			path.addArc(bx + bw * 0.45f, by, bw * 0.4f, bh * 0.55f, 160, -150);
			path.addArc(bx + bw * 0.65f, by + bh * 0.3f, bw * 0.35f, bh * 0.65f, 90, -180);
			path.lineTo(bx + bw * 0.17f, by + bh * 0.95f);
			path.close();
			gc.setBackground(context.color(CLOUD_FILL));
			gc.fillPath(path);
			RGB border = highlight() != null ? highlight() : accent;
			gc.setForeground(context.color(border));
			gc.setLineWidth(highlight() != null ? 3 : 2);
			gc.drawPath(path);
			gc.setLineWidth(1);
		} finally {
			path.dispose();
		}
		int iconSize = Math.min(26, h / 3);
		int top = y + (int) (h * 0.12);
		if (glyph != null) {
			glyph.paint(gc, x + (w - iconSize) / 2, top, iconSize);
		}
		gc.setFont(context.boldFont());
		gc.setForeground(context.color(TEXT));
		String shown = titleFit.fit(gc, context.boldFont(), title, (int) (w * 0.8));
		gc.drawText(shown, x + (w - titleFit.width()) / 2, top + iconSize + 1, SWT.DRAW_TRANSPARENT);
		if (subtitle != null && !subtitle.isEmpty()) {
			gc.setFont(context.smallFont());
			gc.setForeground(context.color(CLOUD_SUBTEXT));
			String sub = subtitleFit.fit(gc, context.smallFont(), subtitle, (int) (w * 0.75));
			gc.drawText(sub, x + (w - subtitleFit.width()) / 2, top + iconSize + 1 + titleFit.height(), SWT.DRAW_TRANSPARENT);
		}
	}

	private void paintTexts(GC gc, PaintContext context, int x, int y, int width, int h) {
		gc.setFont(context.boldFont());
		gc.setForeground(context.color(muted ? TEXT_MUTED : TEXT));
		String shown = titleFit.fit(gc, context.boldFont(), title, width);
		int lineHeight = titleFit.height();
		boolean twoLines = subtitle != null && !subtitle.isEmpty();
		int top = twoLines ? y + (h - 2 * lineHeight) / 2 : y + (h - lineHeight) / 2;
		gc.drawText(shown, x, top, SWT.DRAW_TRANSPARENT);
		if (twoLines) {
			gc.setFont(context.smallFont());
			gc.setForeground(context.color(SUBTEXT));
			gc.drawText(subtitleFit.fit(gc, context.smallFont(), subtitle, width), x, top + lineHeight, SWT.DRAW_TRANSPARENT);
		}
	}

	/** Shortens {@code text} with an ellipsis to fit {@code width}. */
	static String fit(GC gc, String text, int width) {
		if (text == null || width <= 0) {
			return ""; //$NON-NLS-1$
		}
		if (gc.textExtent(text).x <= width) {
			return text;
		}
		String ellipsis = "\u2026"; //$NON-NLS-1$
		int low = 0;
		int high = text.length();
		while (low < high) {
			int mid = (low + high + 1) / 2;
			if (gc.textExtent(text.substring(0, mid) + ellipsis).x <= width) {
				low = mid;
			} else {
				high = mid - 1;
			}
		}
		return text.substring(0, low) + ellipsis;
	}
}
