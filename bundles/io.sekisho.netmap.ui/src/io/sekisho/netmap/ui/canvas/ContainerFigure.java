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

	@Override
	protected int layer() {
		return LAYER_CONTAINER;
	}

	@Override
	public boolean resizable() {
		return true;
	}

	/** Whether (x, y) is on the title band, where a drag moves the container. */
	public boolean onTitle(double x, double y) {
		return bounds.contains(x, y) && y <= bounds.y() + TITLE_HEIGHT;
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
		String shown = NodeFigure.fit(gc, title, Math.max((int) screen.width() - 8, 170));
		if (shown.isEmpty()) {
			return;
		}
		Point extent = gc.textExtent(shown);
		int x = (int) screen.x() + 4;
		int y = (int) screen.y() + 3;
		gc.setAlpha(230);
		gc.setBackground(context.color(255, 255, 255));
		gc.fillRoundRectangle(x - 3, y - 1, extent.x + 6, extent.y + 2, 6, 6);
		gc.setAlpha(255);
		gc.setForeground(context.color(frame));
		gc.drawRoundRectangle(x - 3, y - 1, extent.x + 6, extent.y + 2, 6, 6);
		gc.setForeground(context.color(30, 40, 55));
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
				Point extent = gc.textExtent(chip);
				chipWidth = extent.x + 14;
				int cx = x + w - chipWidth - 8;
				int cy = y + (TITLE_HEIGHT - extent.y - 4) / 2;
				gc.setBackground(context.color(frame));
				gc.fillRoundRectangle(cx, cy, chipWidth, extent.y + 4, 10, 10);
				gc.setForeground(context.color(255, 255, 255));
				gc.drawText(chip, cx + 7, cy + 2, SWT.DRAW_TRANSPARENT);
			}
			gc.setFont(context.boldFont());
			gc.setForeground(context.color(30, 40, 55));
			String shown = NodeFigure.fit(gc, title, w - chipWidth - 28);
			Point extent = gc.textExtent(shown);
			gc.drawText(shown, x + 10, y + (TITLE_HEIGHT - extent.y) / 2, SWT.DRAW_TRANSPARENT);
		}
		paintBadge(gc, context);
	}
}
