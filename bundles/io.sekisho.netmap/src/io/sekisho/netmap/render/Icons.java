package io.sekisho.netmap.render;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Device icons drawn with Java2D shapes (no image files, so PNG and SVG look the same and scale): each icon is a
 * few filled and stroked shapes in a square of the given size.
 */
public final class Icons {

	/** One shape of an icon: filled with {@code fill} (when not null), outlined with {@code stroke} (when not null). */
	public record Part(Shape shape, Color fill, Color stroke) {
	}

	private static final Color INK = new Color(0x33, 0x3d, 0x4a);
	private static final Color BODY = new Color(0xe8, 0xee, 0xf4);
	private static final Color ACCENT = new Color(0x2f, 0x6f, 0xb5);

	private Icons() {
	}

	public static List<Part> of(IconKind kind, double x, double y, double s) {
		List<Part> p = new ArrayList<>();
		switch (kind) {
			case SERVER -> {
				p.add(part(new RoundRectangle2D.Double(x + s * .25, y + s * .05, s * .5, s * .9, s * .08, s * .08), BODY));
				for (int i = 0; i < 3; i++) {
					p.add(line(x + s * .33, y + s * (.25 + i * .2), x + s * .67, y + s * (.25 + i * .2)));
				}
				p.add(new Part(new Ellipse2D.Double(x + s * .45, y + s * .78, s * .1, s * .1), ACCENT, null));
			}
			case CLIENT_PC -> {
				p.add(part(new RoundRectangle2D.Double(x + s * .1, y + s * .12, s * .8, s * .55, s * .06, s * .06), BODY));
				p.add(new Part(new Rectangle2D.Double(x + s * .17, y + s * .19, s * .66, s * .41), new Color(0xbf, 0xd9, 0xf2), null));
				p.add(part(new Rectangle2D.Double(x + s * .44, y + s * .67, s * .12, s * .14), BODY));
				p.add(part(new Rectangle2D.Double(x + s * .28, y + s * .81, s * .44, s * .06), BODY));
			}
			case SWITCH -> {
				p.add(part(new RoundRectangle2D.Double(x + s * .05, y + s * .35, s * .9, s * .3, s * .06, s * .06), new Color(0xd6, 0xe9, 0xd6)));
				for (int i = 0; i < 6; i++) {
					p.add(new Part(new Rectangle2D.Double(x + s * (.13 + i * .13), y + s * .45, s * .08, s * .1), INK, null));
				}
			}
			case ROUTER -> {
				p.add(part(new Ellipse2D.Double(x + s * .12, y + s * .12, s * .76, s * .76), new Color(0xd6, 0xe4, 0xf5)));
				p.add(line(x + s * .3, y + s * .5, x + s * .7, y + s * .5));
				p.add(line(x + s * .5, y + s * .3, x + s * .5, y + s * .7));
				p.add(arrowHead(x + s * .7, y + s * .5, s * .08, 0));
				p.add(arrowHead(x + s * .3, y + s * .5, s * .08, Math.PI));
				p.add(arrowHead(x + s * .5, y + s * .3, s * .08, -Math.PI / 2));
				p.add(arrowHead(x + s * .5, y + s * .7, s * .08, Math.PI / 2));
			}
			case FIREWALL -> {
				p.add(part(new Rectangle2D.Double(x + s * .1, y + s * .2, s * .8, s * .6), new Color(0xf4, 0xb1, 0x8e)));
				for (int r = 1; r < 4; r++) {
					p.add(line(x + s * .1, y + s * (.2 + r * .15), x + s * .9, y + s * (.2 + r * .15)));
				}
				for (int r = 0; r < 4; r++) {
					double off = r % 2 == 0 ? .3 : .5;
					p.add(line(x + s * off, y + s * (.2 + r * .15), x + s * off, y + s * (.35 + r * .15)));
					p.add(line(x + s * (off + .3), y + s * (.2 + r * .15), x + s * (off + .3), y + s * (.35 + r * .15)));
				}
			}
			case VPN_GATEWAY -> {
				p.add(part(new RoundRectangle2D.Double(x + s * .08, y + s * .3, s * .84, s * .45, s * .08, s * .08), new Color(0xe4, 0xd8, 0xf3)));
				p.add(new Part(new Arc2D.Double(x + s * .38, y + s * .08, s * .24, s * .3, 0, 180, Arc2D.OPEN), null, INK));
				p.add(part(new Rectangle2D.Double(x + s * .35, y + s * .22, s * .3, s * .2), new Color(0xf0, 0xc0, 0x40)));
				p.add(line(x + s * .18, y + s * .58, x + s * .82, y + s * .58));
			}
			case WIRELESS_AP -> {
				p.add(part(new RoundRectangle2D.Double(x + s * .2, y + s * .6, s * .6, s * .22, s * .08, s * .08), BODY));
				for (int i = 1; i <= 3; i++) {
					double r = s * .12 * i;
					p.add(new Part(new Arc2D.Double(x + s * .5 - r, y + s * .52 - r, 2 * r, 2 * r, 45, 90, Arc2D.OPEN), null, ACCENT));
				}
			}
			case MEDICAL_DEVICE -> {
				p.add(part(new RoundRectangle2D.Double(x + s * .1, y + s * .15, s * .8, s * .7, s * .12, s * .12), Color.WHITE));
				Area cross = new Area(new Rectangle2D.Double(x + s * .42, y + s * .27, s * .16, s * .46));
				cross.add(new Area(new Rectangle2D.Double(x + s * .27, y + s * .42, s * .46, s * .16)));
				p.add(new Part(cross, new Color(0xd6, 0x33, 0x33), null));
			}
			case IOT -> {
				p.add(part(new RoundRectangle2D.Double(x + s * .12, y + s * .3, s * .56, s * .4, s * .08, s * .08), BODY));
				Path2D lens = new Path2D.Double();
				lens.moveTo(x + s * .68, y + s * .42);
				lens.lineTo(x + s * .9, y + s * .3);
				lens.lineTo(x + s * .9, y + s * .7);
				lens.lineTo(x + s * .68, y + s * .58);
				lens.closePath();
				p.add(part(lens, BODY));
				p.add(new Part(new Ellipse2D.Double(x + s * .3, y + s * .42, s * .16, s * .16), ACCENT, null));
			}
			case PRINTER -> {
				p.add(part(new Rectangle2D.Double(x + s * .28, y + s * .1, s * .44, s * .3), Color.WHITE));
				p.add(part(new RoundRectangle2D.Double(x + s * .1, y + s * .35, s * .8, s * .35, s * .08, s * .08), BODY));
				p.add(part(new Rectangle2D.Double(x + s * .28, y + s * .6, s * .44, s * .3), Color.WHITE));
			}
			case MOBILE_ROUTER -> {
				p.add(part(new RoundRectangle2D.Double(x + s * .2, y + s * .35, s * .6, s * .45, s * .1, s * .1), new Color(0xfc, 0xe5, 0xa8)));
				p.add(line(x + s * .7, y + s * .35, x + s * .7, y + s * .08));
				p.add(new Part(new Arc2D.Double(x + s * .6, y + s * .02, s * .2, s * .2, 20, 140, Arc2D.OPEN), null, INK));
				p.add(new Part(new Ellipse2D.Double(x + s * .3, y + s * .5, s * .08, s * .08), new Color(0x2e, 0xa0, 0x43), null));
			}
			case STORAGE -> {
				p.add(part(new Rectangle2D.Double(x + s * .2, y + s * .2, s * .6, s * .6), BODY));
				p.add(part(new Ellipse2D.Double(x + s * .2, y + s * .1, s * .6, s * .2), BODY));
				p.add(new Part(new Arc2D.Double(x + s * .2, y + s * .7, s * .6, s * .2, 180, 180, Arc2D.OPEN), null, INK));
			}
			case IDS -> {
				p.add(part(new Ellipse2D.Double(x + s * .08, y + s * .28, s * .84, s * .44), Color.WHITE));
				p.add(new Part(new Ellipse2D.Double(x + s * .36, y + s * .36, s * .28, s * .28), ACCENT, null));
			}
			case UNIDIRECTIONAL -> {
				p.add(part(new Rectangle2D.Double(x + s * .1, y + s * .3, s * .8, s * .4), BODY));
				p.add(line(x + s * .2, y + s * .5, x + s * .72, y + s * .5));
				p.add(arrowHead(x + s * .78, y + s * .5, s * .12, 0));
			}
			case EXTERNAL -> {
				Area cloud = new Area(new Ellipse2D.Double(x + s * .1, y + s * .4, s * .4, s * .35));
				cloud.add(new Area(new Ellipse2D.Double(x + s * .3, y + s * .2, s * .45, s * .45)));
				cloud.add(new Area(new Ellipse2D.Double(x + s * .55, y + s * .4, s * .38, s * .35)));
				cloud.add(new Area(new Rectangle2D.Double(x + s * .3, y + s * .5, s * .45, s * .25)));
				p.add(part(cloud, new Color(0xf6, 0xd5, 0xd5)));
			}
			default -> p.add(part(new RoundRectangle2D.Double(x + s * .15, y + s * .2, s * .7, s * .6, s * .1, s * .1), BODY));
		}
		return p;
	}

	private static Part part(Shape shape, Color fill) {
		return new Part(shape, fill, INK);
	}

	private static Part line(double x1, double y1, double x2, double y2) {
		return new Part(new Line2D.Double(x1, y1, x2, y2), null, INK);
	}

	private static Part arrowHead(double tipX, double tipY, double size, double angle) {
		Path2D head = new Path2D.Double();
		head.moveTo(tipX, tipY);
		head.lineTo(tipX - size * Math.cos(angle - .5), tipY - size * Math.sin(angle - .5));
		head.lineTo(tipX - size * Math.cos(angle + .5), tipY - size * Math.sin(angle + .5));
		head.closePath();
		return new Part(head, INK, null);
	}
}
