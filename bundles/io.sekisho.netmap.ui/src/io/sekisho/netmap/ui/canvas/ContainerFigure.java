package io.sekisho.netmap.ui.canvas;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;

/**
 * A container (a network zone): a tinted area with a title band holding its name and a chip (its trust level).
 * Children are painted above it; it is moved by its title band, while a drag inside it selects.
 */
public class ContainerFigure extends Figure {

	public static final int TITLE_HEIGHT = 26;

	private final List<Figure> children = new ArrayList<>();
	private String title = ""; //$NON-NLS-1$
	private String chip;
	private RGB tint = new RGB(235, 240, 246);
	private RGB frame = new RGB(120, 140, 160);
	private boolean dashed;
	private boolean collapsed;
	private String summary;
	private final TextFit titleFit = new TextFit();
	private final TextFit screenTitleFit = new TextFit();
	private final TextFit chipFit = new TextFit();
	private final TextFit summaryFit = new TextFit();
	private static final RGB TEXT = new RGB(30, 40, 55);
	private static final RGB WHITE = new RGB(255, 255, 255);
	private static final RGB SUBTEXT = new RGB(70, 80, 95);

	public ContainerFigure(Object element) {
		super(element);
	}

	public List<Figure> children() {
		return Collections.unmodifiableList(children);
	}

	void addChild(Figure child) {
		children.add(child);
	}

	void removeChild(Figure child) {
		children.remove(child);
	}

	public String title() {
		return title;
	}

	public String chip() {
		return chip;
	}

	/** Sets name, chip text, tint and frame colour; {@code dashed} draws the frame dashed (an untrusted zone). */
	public void setLook(String title, String chip, RGB tint, RGB frame, boolean dashed) {
		String newTitle = title == null ? "" : title; //$NON-NLS-1$
		if (newTitle.equals(this.title) && java.util.Objects.equals(chip, this.chip) && java.util.Objects.equals(tint, this.tint)
				&& java.util.Objects.equals(frame, this.frame) && dashed == this.dashed) {
			return;
		}
		this.title = title == null ? "" : title; //$NON-NLS-1$
		this.chip = chip;
		this.tint = tint;
		this.frame = frame;
		this.dashed = dashed;
		repaint();
	}

	public boolean collapsed() {
		return collapsed;
	}

	/**
	 * Draws the container closed, as one box with its name and {@code summary} (what it holds); its children are
	 * not in the scene then, and lines to them end at the box. The owner gives it the box's bounds.
	 */
	public void setCollapsed(boolean collapsed, String summary) {
		if (collapsed == this.collapsed && java.util.Objects.equals(summary, this.summary)) {
			return;
		}
		this.collapsed = collapsed;
		this.summary = summary;
		repaint();
	}

	public String summary() {
		return summary;
	}

	@Override
	protected int layer() {
		return LAYER_CONTAINER;
	}

	@Override
	public boolean resizable() {
		return !collapsed;
	}

	/** Whether (x, y) is on the title band, where a drag moves the container (all of a closed one). */
	public boolean onTitle(double x, double y) {
		return bounds.contains(x, y) && (collapsed || y <= bounds.y() + TITLE_HEIGHT);
	}

	/** The area children may occupy. */
	public Rect clientArea() {
		return new Rect(bounds.x(), bounds.y() + TITLE_HEIGHT, bounds.width(), Math.max(0, bounds.height() - TITLE_HEIGHT));
	}

	/** Below the detail zoom the title band is too small to read: the name is drawn at screen size instead. */
	@Override
	public void paintScreenLabel(GC gc, Rect screen, PaintContext context) {
		if (context.detailed() || screen.width() < 12) {
			return;
		}
		gc.setFont(context.boldFont());
		// a small zone's name may reach beyond it: a name is more use than a tidy edge
		// a closed zone says what it holds at every zoom
		String label = collapsed && summary != null ? title + "\u3000" + summary : title; //$NON-NLS-1$
		String shown = screenTitleFit.fit(gc, context.boldFont(), label, Math.max((int) screen.width() - 8, 170));
		if (shown.isEmpty()) {
			return;
		}
		int ex = screenTitleFit.width(), ey = screenTitleFit.height();
		int x = (int) screen.x() + 4;
		int y = (int) screen.y() + 3;
		gc.setAlpha(230);
		gc.setBackground(context.color(WHITE));
		gc.fillRoundRectangle(x - 3, y - 1, ex + 6, ey + 2, 6, 6);
		gc.setAlpha(255);
		gc.setForeground(context.color(frame));
		gc.drawRoundRectangle(x - 3, y - 1, ex + 6, ey + 2, 6, 6);
		gc.setForeground(context.color(TEXT));
		gc.drawText(shown, x, y, SWT.DRAW_TRANSPARENT);
	}

	@Override
	public void paint(GC gc, PaintContext context) {
		int x = (int) Math.round(bounds.x());
		int y = (int) Math.round(bounds.y());
		int w = (int) Math.round(bounds.width());
		int h = (int) Math.round(bounds.height());
		gc.setBackground(context.color(tint));
		gc.fillRoundRectangle(x, y, w, h, 12, 12);
		gc.setBackground(context.color(frame));
		gc.setAlpha(40);
		gc.fillRoundRectangle(x, y, w, Math.min(h, TITLE_HEIGHT), 12, 12);
		gc.setAlpha(255);
		if (collapsed) {
			paintCollapsed(gc, context, x, y, w, h);
			return;
		}
		RGB border = highlight() != null ? highlight() : frame;
		gc.setForeground(context.color(border));
		gc.setLineWidth(highlight() != null ? 3 : 2);
		gc.setLineStyle(dashed ? SWT.LINE_DASH : SWT.LINE_SOLID);
		gc.drawRoundRectangle(x, y, w, h, 12, 12);
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setLineWidth(1);
		if (context.detailed()) {
			int chipWidth = 0;
			if (chip != null && !chip.isEmpty()) {
				gc.setFont(context.smallFont());
				chipFit.fit(gc, context.smallFont(), chip, Integer.MAX_VALUE);
				chipWidth = chipFit.width() + 14;
				int cx = x + w - chipWidth - 8;
				int cy = y + (TITLE_HEIGHT - chipFit.height() - 4) / 2;
				gc.setBackground(context.color(frame));
				gc.fillRoundRectangle(cx, cy, chipWidth, chipFit.height() + 4, 10, 10);
				gc.setForeground(context.color(WHITE));
				gc.drawText(chip, cx + 7, cy + 2, SWT.DRAW_TRANSPARENT);
			}
			gc.setFont(context.boldFont());
			gc.setForeground(context.color(TEXT));
			String shown = titleFit.fit(gc, context.boldFont(), title, w - chipWidth - 28);
			gc.drawText(shown, x + 10, y + (TITLE_HEIGHT - titleFit.height()) / 2, SWT.DRAW_TRANSPARENT);
		}
		paintBadge(gc, context);
	}

	/** A closed zone: a box in the zone's colours, the name in bold, the summary and the chip below it. */
	private void paintCollapsed(GC gc, PaintContext context, int x, int y, int w, int h) {
		gc.setBackground(context.color(tint));
		gc.fillRoundRectangle(x, y, w, h, 12, 12);
		RGB border = highlight() != null ? highlight() : frame;
		gc.setForeground(context.color(border));
		gc.setLineWidth(highlight() != null ? 4 : 3);
		gc.setLineStyle(dashed ? SWT.LINE_DASH : SWT.LINE_SOLID);
		gc.drawRoundRectangle(x, y, w, h, 12, 12);
		// a second frame inside: a stack of devices, not a single device card
		gc.setLineWidth(1);
		gc.drawRoundRectangle(x + 4, y + 4, w - 8, h - 8, 9, 9);
		gc.setLineStyle(SWT.LINE_SOLID);
		if (context.detailed()) {
			gc.setFont(context.boldFont());
			gc.setForeground(context.color(TEXT));
			String shown = titleFit.fit(gc, context.boldFont(), title, w - 24);
			gc.drawText(shown, x + 12, y + 10, SWT.DRAW_TRANSPARENT);
			int lineY = y + 12 + titleFit.height();
			gc.setFont(context.smallFont());
			String second = summary == null ? "" : summary; //$NON-NLS-1$
			if (chip != null && !chip.isEmpty()) {
				second = second.isEmpty() ? chip : second + "\u3000" + chip; //$NON-NLS-1$
			}
			gc.setForeground(context.color(SUBTEXT));
			gc.drawText(summaryFit.fit(gc, context.smallFont(), second, w - 24), x + 12, lineY, SWT.DRAW_TRANSPARENT);
		}
		paintBadge(gc, context);
	}
}
