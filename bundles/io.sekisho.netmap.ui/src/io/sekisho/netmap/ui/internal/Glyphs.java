package io.sekisho.netmap.ui.internal;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;

import io.sekisho.netmap.ui.canvas.Glyph;

/**
 * The device and external point icons, drawn with plain GC calls so they stay sharp at every zoom: the shapes a
 * network diagram reader knows (tower server, monitor, switch with arrows, round router, brick wall, padlock,
 * radio waves, ECG monitor, ...), each in its group's colour.
 */
public final class Glyphs {

	private static final RGB INK = new RGB(38, 50, 56);
	private static final RGB WHITE = new RGB(255, 255, 255);
	private static final Map<DeviceKind, Glyph> DEVICE = new EnumMap<>(DeviceKind.class);
	private static final Map<ExternalKind, Glyph> EXTERNAL = new EnumMap<>(ExternalKind.class);

	static {
		DEVICE.put(DeviceKind.SERVER, Glyphs::server);
		DEVICE.put(DeviceKind.CLIENT_PC, Glyphs::clientPc);
		DEVICE.put(DeviceKind.SWITCH, Glyphs::networkSwitch);
		DEVICE.put(DeviceKind.ROUTER, Glyphs::router);
		DEVICE.put(DeviceKind.FIREWALL, Glyphs::firewall);
		DEVICE.put(DeviceKind.VPN_GATEWAY, Glyphs::vpnGateway);
		DEVICE.put(DeviceKind.WIRELESS_AP, Glyphs::wirelessAp);
		DEVICE.put(DeviceKind.MEDICAL_DEVICE, Glyphs::medicalDevice);
		DEVICE.put(DeviceKind.IOT, Glyphs::iot);
		DEVICE.put(DeviceKind.PRINTER, Glyphs::printer);
		DEVICE.put(DeviceKind.MOBILE_ROUTER, Glyphs::mobileRouter);
		DEVICE.put(DeviceKind.STORAGE, Glyphs::storage);
		DEVICE.put(DeviceKind.IDS_IPS, Glyphs::idsIps);
		DEVICE.put(DeviceKind.UNIDIRECTIONAL_GATEWAY, Glyphs::unidirectional);
		DEVICE.put(DeviceKind.OTHER, Glyphs::other);
		EXTERNAL.put(ExternalKind.INTERNET, Glyphs::globe);
		EXTERNAL.put(ExternalKind.VENDOR, Glyphs::vendor);
		EXTERNAL.put(ExternalKind.REGIONAL_NETWORK, Glyphs::regional);
		EXTERNAL.put(ExternalKind.CATERER, Glyphs::caterer);
		EXTERNAL.put(ExternalKind.ONLINE_QUALIFICATION, Glyphs::idCard);
		EXTERNAL.put(ExternalKind.CLOUD, Glyphs::cloud);
		EXTERNAL.put(ExternalKind.OTHER, Glyphs::globe);
	}

	private Glyphs() {
	}

	public static Glyph of(DeviceKind kind) {
		return DEVICE.get(kind);
	}

	public static Glyph of(ExternalKind kind) {
		return EXTERNAL.get(kind);
	}

	/** The colour of a device kind's group (network blue, security red, medical magenta, ...). */
	public static RGB accent(DeviceKind kind) {
		return switch (kind) {
		case SERVER -> new RGB(55, 71, 79);
		case CLIENT_PC -> new RGB(0, 121, 107);
		case SWITCH, ROUTER, WIRELESS_AP -> new RGB(21, 101, 192);
		case FIREWALL, VPN_GATEWAY, IDS_IPS, UNIDIRECTIONAL_GATEWAY -> new RGB(216, 67, 21);
		case MEDICAL_DEVICE -> new RGB(194, 24, 91);
		case IOT -> new RGB(175, 120, 20);
		case PRINTER -> new RGB(97, 97, 97);
		case MOBILE_ROUTER -> new RGB(123, 31, 162);
		case STORAGE -> new RGB(93, 64, 55);
		case OTHER -> new RGB(120, 144, 156);
		};
	}

	public static RGB accent(ExternalKind kind) {
		return switch (kind) {
		case INTERNET, CLOUD, OTHER -> new RGB(84, 110, 122);
		case VENDOR, CATERER -> new RGB(230, 81, 0);
		case REGIONAL_NETWORK, ONLINE_QUALIFICATION -> new RGB(46, 125, 50);
		};
	}

	private static final Map<RGB, Color> COLORS = new java.util.HashMap<>();

	/** Colours without a device hold no system resource; they are shared by all icons. */
	private static Color c(GC gc, RGB rgb) {
		return COLORS.computeIfAbsent(rgb, Color::new);
	}

	private static void ink(GC gc, float width) {
		gc.setForeground(c(gc, INK));
		gc.setLineWidth(Math.max(1, Math.round(width)));
		gc.setLineStyle(SWT.LINE_SOLID);
	}

	private static int p(int origin, int size, double fraction) {
		return origin + (int) Math.round(size * fraction);
	}

	// ---- devices ----

	private static void server(GC gc, int x, int y, int s) {
		RGB accent = accent(DeviceKind.SERVER);
		int left = p(x, s, 0.2), width = (int) (s * 0.6);
		gc.setBackground(c(gc, accent));
		gc.fillRoundRectangle(left, y, width, s, s / 8, s / 8);
		gc.setForeground(c(gc, WHITE));
		gc.setLineWidth(Math.max(1, s / 16));
		for (int i = 0; i < 3; i++) {
			int ly = p(y, s, 0.2 + i * 0.22);
			gc.drawLine(left + s / 10, ly, left + width - s / 4, ly);
		}
		gc.setBackground(c(gc, new RGB(102, 187, 106)));
		for (int i = 0; i < 3; i++) {
			int ly = p(y, s, 0.2 + i * 0.22);
			gc.fillOval(left + width - s / 6, ly - s / 24, s / 12 + 1, s / 12 + 1);
		}
		gc.setLineWidth(1);
	}

	private static void clientPc(GC gc, int x, int y, int s) {
		RGB accent = accent(DeviceKind.CLIENT_PC);
		gc.setBackground(c(gc, accent));
		gc.fillRoundRectangle(x, p(y, s, 0.08), s, (int) (s * 0.62), s / 10, s / 10);
		gc.setBackground(c(gc, new RGB(224, 242, 241)));
		gc.fillRectangle(p(x, s, 0.08), p(y, s, 0.15), (int) (s * 0.84), (int) (s * 0.46));
		gc.setBackground(c(gc, accent));
		gc.fillRectangle(p(x, s, 0.44), p(y, s, 0.7), (int) (s * 0.12), (int) (s * 0.16));
		gc.fillRoundRectangle(p(x, s, 0.22), p(y, s, 0.84), (int) (s * 0.56), Math.max(2, s / 10), 3, 3);
	}

	private static void networkSwitch(GC gc, int x, int y, int s) {
		RGB accent = accent(DeviceKind.SWITCH);
		gc.setBackground(c(gc, accent));
		gc.fillRoundRectangle(x, p(y, s, 0.22), s, (int) (s * 0.56), s / 8, s / 8);
		gc.setForeground(c(gc, WHITE));
		gc.setBackground(c(gc, WHITE));
		gc.setLineWidth(Math.max(1, s / 14));
		int top = p(y, s, 0.38), bottom = p(y, s, 0.62);
		gc.drawLine(p(x, s, 0.18), top, p(x, s, 0.78), top);
		arrowHead(gc, p(x, s, 0.82), top, 1, s);
		gc.drawLine(p(x, s, 0.22), bottom, p(x, s, 0.82), bottom);
		arrowHead(gc, p(x, s, 0.18), bottom, -1, s);
		gc.setLineWidth(1);
	}

	private static void arrowHead(GC gc, int tipX, int tipY, int direction, int s) {
		int len = Math.max(3, s / 7);
		gc.fillPolygon(new int[] { tipX, tipY, tipX - direction * len, tipY - len * 2 / 3, tipX - direction * len, tipY + len * 2 / 3 });
	}

	private static void router(GC gc, int x, int y, int s) {
		RGB accent = accent(DeviceKind.ROUTER);
		gc.setBackground(c(gc, accent));
		gc.fillOval(x, p(y, s, 0.12), s, (int) (s * 0.76));
		gc.setForeground(c(gc, WHITE));
		gc.setBackground(c(gc, WHITE));
		gc.setLineWidth(Math.max(1, s / 14));
		int cx = p(x, s, 0.5), cy = p(y, s, 0.5);
		int r = (int) (s * 0.26);
		gc.drawLine(cx - r, cy - r / 2, cx + r, cy + r / 2);
		gc.drawLine(cx - r, cy + r / 2, cx + r, cy - r / 2);
		arrowHead(gc, cx + r + 1, cy + r / 2, 1, s);
		arrowHead(gc, cx - r - 1, cy + r / 2, -1, s);
		gc.setLineWidth(1);
	}

	private static void firewall(GC gc, int x, int y, int s) {
		RGB accent = accent(DeviceKind.FIREWALL);
		int top = p(y, s, 0.1), h = (int) (s * 0.8);
		gc.setBackground(c(gc, accent));
		gc.fillRectangle(x, top, s, h);
		gc.setForeground(c(gc, new RGB(255, 224, 210)));
		gc.setLineWidth(Math.max(1, s / 18));
		int rows = 4;
		for (int i = 1; i < rows; i++) {
			int ly = top + h * i / rows;
			gc.drawLine(x, ly, x + s, ly);
		}
		for (int i = 0; i < rows; i++) {
			int y0 = top + h * i / rows, y1 = top + h * (i + 1) / rows;
			double offset = i % 2 == 0 ? 0.33 : 0.5;
			for (double f = offset; f < 1; f += 0.5) {
				gc.drawLine(p(x, s, f), y0, p(x, s, f), y1);
			}
		}
		gc.setLineWidth(1);
	}

	private static void vpnGateway(GC gc, int x, int y, int s) {
		RGB accent = accent(DeviceKind.VPN_GATEWAY);
		gc.setForeground(c(gc, accent));
		gc.setLineWidth(Math.max(2, s / 8));
		gc.drawArc(p(x, s, 0.26), p(y, s, 0.06), (int) (s * 0.48), (int) (s * 0.6), 0, 180);
		gc.drawLine(p(x, s, 0.26), p(y, s, 0.36), p(x, s, 0.26), p(y, s, 0.46));
		gc.drawLine(p(x, s, 0.74), p(y, s, 0.36), p(x, s, 0.74), p(y, s, 0.46));
		gc.setBackground(c(gc, accent));
		gc.fillRoundRectangle(p(x, s, 0.14), p(y, s, 0.44), (int) (s * 0.72), (int) (s * 0.52), s / 8, s / 8);
		gc.setBackground(c(gc, WHITE));
		gc.fillOval(p(x, s, 0.43), p(y, s, 0.56), (int) (s * 0.14) + 1, (int) (s * 0.14) + 1);
		gc.fillRectangle(p(x, s, 0.47), p(y, s, 0.66), Math.max(1, (int) (s * 0.06)), (int) (s * 0.16));
		gc.setLineWidth(1);
	}

	private static void wirelessAp(GC gc, int x, int y, int s) {
		RGB accent = accent(DeviceKind.WIRELESS_AP);
		gc.setForeground(c(gc, accent));
		gc.setLineWidth(Math.max(2, s / 10));
		int cx = p(x, s, 0.5), cy = p(y, s, 0.62);
		for (int i = 1; i <= 3; i++) {
			int r = (int) (s * 0.15 * i);
			gc.drawArc(cx - r, cy - r, 2 * r, 2 * r, 45, 90);
		}
		gc.setBackground(c(gc, accent));
		gc.fillOval(cx - s / 12, cy - s / 12, s / 6, s / 6);
		gc.fillRoundRectangle(p(x, s, 0.2), p(y, s, 0.8), (int) (s * 0.6), (int) (s * 0.14), 4, 4);
		gc.setLineWidth(1);
	}

	private static void medicalDevice(GC gc, int x, int y, int s) {
		RGB accent = accent(DeviceKind.MEDICAL_DEVICE);
		gc.setBackground(c(gc, accent));
		gc.fillRoundRectangle(x, p(y, s, 0.12), s, (int) (s * 0.72), s / 8, s / 8);
		gc.setBackground(c(gc, new RGB(33, 33, 33)));
		gc.fillRectangle(p(x, s, 0.08), p(y, s, 0.2), (int) (s * 0.84), (int) (s * 0.5));
		gc.setForeground(c(gc, new RGB(105, 240, 174)));
		gc.setLineWidth(Math.max(1, s / 16));
		int base = p(y, s, 0.48);
		gc.drawPolyline(new int[] { p(x, s, 0.1), base, p(x, s, 0.34), base, p(x, s, 0.42), p(y, s, 0.26), p(x, s, 0.52), p(y, s, 0.64),
				p(x, s, 0.6), base, p(x, s, 0.9), base });
		gc.setBackground(c(gc, WHITE));
		gc.fillRectangle(p(x, s, 0.46), p(y, s, 0.74), Math.max(1, s / 12), Math.max(2, s / 6) - 2);
		gc.setLineWidth(1);
	}

	private static void iot(GC gc, int x, int y, int s) {
		RGB accent = accent(DeviceKind.IOT);
		gc.setForeground(c(gc, accent));
		gc.setLineWidth(Math.max(1, s / 14));
		for (int i = 0; i < 3; i++) {
			double f = 0.3 + i * 0.2;
			gc.drawLine(p(x, s, f), y + 1, p(x, s, f), y + s - 1);
			gc.drawLine(x + 1, p(y, s, f), x + s - 1, p(y, s, f));
		}
		gc.setBackground(c(gc, accent));
		gc.fillRoundRectangle(p(x, s, 0.18), p(y, s, 0.18), (int) (s * 0.64), (int) (s * 0.64), s / 8, s / 8);
		gc.setBackground(c(gc, WHITE));
		gc.fillOval(p(x, s, 0.38), p(y, s, 0.38), (int) (s * 0.24), (int) (s * 0.24));
		gc.setLineWidth(1);
	}

	private static void printer(GC gc, int x, int y, int s) {
		RGB accent = accent(DeviceKind.PRINTER);
		gc.setBackground(c(gc, WHITE));
		ink(gc, s / 16f);
		gc.fillRectangle(p(x, s, 0.24), p(y, s, 0.06), (int) (s * 0.52), (int) (s * 0.34));
		gc.drawRectangle(p(x, s, 0.24), p(y, s, 0.06), (int) (s * 0.52), (int) (s * 0.34));
		gc.setBackground(c(gc, accent));
		gc.fillRoundRectangle(x, p(y, s, 0.32), s, (int) (s * 0.42), s / 8, s / 8);
		gc.setBackground(c(gc, WHITE));
		gc.fillRectangle(p(x, s, 0.24), p(y, s, 0.62), (int) (s * 0.52), (int) (s * 0.32));
		gc.drawRectangle(p(x, s, 0.24), p(y, s, 0.62), (int) (s * 0.52), (int) (s * 0.32));
		gc.setLineWidth(1);
	}

	private static void mobileRouter(GC gc, int x, int y, int s) {
		RGB accent = accent(DeviceKind.MOBILE_ROUTER);
		gc.setBackground(c(gc, accent));
		gc.fillRoundRectangle(p(x, s, 0.12), p(y, s, 0.36), (int) (s * 0.76), (int) (s * 0.56), s / 6, s / 6);
		gc.setForeground(c(gc, accent));
		gc.setLineWidth(Math.max(1, s / 12));
		gc.drawLine(p(x, s, 0.3), p(y, s, 0.36), p(x, s, 0.3), p(y, s, 0.04));
		gc.setBackground(c(gc, WHITE));
		for (int i = 0; i < 4; i++) {
			int barH = (int) (s * 0.07 * (i + 1));
			gc.fillRectangle(p(x, s, 0.36 + i * 0.12), p(y, s, 0.82) - barH, Math.max(1, (int) (s * 0.08)), barH);
		}
		gc.setLineWidth(1);
	}

	private static void storage(GC gc, int x, int y, int s) {
		RGB accent = accent(DeviceKind.STORAGE);
		int left = p(x, s, 0.12), w = (int) (s * 0.76), eh = (int) (s * 0.24);
		gc.setBackground(c(gc, accent));
		gc.fillRectangle(left, p(y, s, 0.16), w, (int) (s * 0.68));
		gc.fillOval(left, p(y, s, 0.72), w, eh);
		gc.setBackground(c(gc, new RGB(161, 136, 127)));
		gc.fillOval(left, p(y, s, 0.04), w, eh);
		gc.setForeground(c(gc, WHITE));
		gc.setLineWidth(Math.max(1, s / 18));
		gc.drawArc(left, p(y, s, 0.34), w, eh, 180, 180);
		gc.drawArc(left, p(y, s, 0.52), w, eh, 180, 180);
		gc.setLineWidth(1);
	}

	private static void idsIps(GC gc, int x, int y, int s) {
		RGB accent = accent(DeviceKind.IDS_IPS);
		gc.setBackground(c(gc, accent));
		gc.fillOval(x, p(y, s, 0.2), s, (int) (s * 0.6));
		gc.setBackground(c(gc, WHITE));
		gc.fillOval(p(x, s, 0.3), p(y, s, 0.3), (int) (s * 0.4), (int) (s * 0.4));
		gc.setBackground(c(gc, accent));
		gc.fillOval(p(x, s, 0.42), p(y, s, 0.42), (int) (s * 0.16) + 1, (int) (s * 0.16) + 1);
	}

	private static void unidirectional(GC gc, int x, int y, int s) {
		RGB accent = accent(DeviceKind.UNIDIRECTIONAL_GATEWAY);
		gc.setBackground(c(gc, accent));
		gc.fillRoundRectangle(x, p(y, s, 0.2), s, (int) (s * 0.6), s / 8, s / 8);
		gc.setForeground(c(gc, WHITE));
		gc.setBackground(c(gc, WHITE));
		gc.setLineWidth(Math.max(1, s / 12));
		int cy = p(y, s, 0.5);
		gc.drawLine(p(x, s, 0.12), cy, p(x, s, 0.6), cy);
		arrowHead(gc, p(x, s, 0.66), cy, 1, s);
		gc.drawLine(p(x, s, 0.8), p(y, s, 0.32), p(x, s, 0.8), p(y, s, 0.68));
		gc.setLineWidth(1);
	}

	private static void other(GC gc, int x, int y, int s) {
		RGB accent = accent(DeviceKind.OTHER);
		gc.setBackground(c(gc, accent));
		gc.fillRoundRectangle(p(x, s, 0.1), p(y, s, 0.2), (int) (s * 0.8), (int) (s * 0.6), s / 6, s / 6);
		gc.setBackground(c(gc, WHITE));
		for (int i = 0; i < 3; i++) {
			gc.fillOval(p(x, s, 0.26 + i * 0.18), p(y, s, 0.44), Math.max(2, s / 9), Math.max(2, s / 9));
		}
	}

	// ---- external points ----

	private static void globe(GC gc, int x, int y, int s) {
		RGB accent = accent(ExternalKind.INTERNET);
		gc.setBackground(c(gc, new RGB(227, 242, 253)));
		gc.fillOval(x, y, s, s);
		gc.setForeground(c(gc, accent));
		gc.setLineWidth(Math.max(1, s / 14));
		gc.drawOval(x, y, s, s);
		gc.drawOval(p(x, s, 0.28), y, (int) (s * 0.44), s);
		gc.drawLine(x, p(y, s, 0.5), x + s, p(y, s, 0.5));
		gc.drawLine(p(x, s, 0.5), y, p(x, s, 0.5), y + s);
		gc.drawArc(p(x, s, 0.08), p(y, s, 0.12), (int) (s * 0.84), (int) (s * 0.3), 200, 140);
		gc.drawArc(p(x, s, 0.08), p(y, s, 0.58), (int) (s * 0.84), (int) (s * 0.3), 20, 140);
		gc.setLineWidth(1);
	}

	private static void vendor(GC gc, int x, int y, int s) {
		RGB accent = accent(ExternalKind.VENDOR);
		gc.setBackground(c(gc, accent));
		gc.fillRectangle(p(x, s, 0.14), p(y, s, 0.18), (int) (s * 0.44), (int) (s * 0.78));
		gc.fillRectangle(p(x, s, 0.58), p(y, s, 0.46), (int) (s * 0.3), (int) (s * 0.5));
		gc.setBackground(c(gc, WHITE));
		for (int row = 0; row < 3; row++) {
			for (int col = 0; col < 2; col++) {
				gc.fillRectangle(p(x, s, 0.22 + col * 0.18), p(y, s, 0.28 + row * 0.2), Math.max(2, s / 10), Math.max(2, s / 10));
			}
		}
		gc.fillRectangle(p(x, s, 0.66), p(y, s, 0.56), Math.max(2, s / 10), Math.max(2, s / 10));
	}

	private static void regional(GC gc, int x, int y, int s) {
		RGB accent = accent(ExternalKind.REGIONAL_NETWORK);
		gc.setForeground(c(gc, accent));
		gc.setLineWidth(Math.max(1, s / 12));
		int[][] nodes = { { p(x, s, 0.5), p(y, s, 0.18) }, { p(x, s, 0.16), p(y, s, 0.78) }, { p(x, s, 0.84), p(y, s, 0.78) } };
		gc.drawPolygon(new int[] { nodes[0][0], nodes[0][1], nodes[1][0], nodes[1][1], nodes[2][0], nodes[2][1] });
		gc.setBackground(c(gc, accent));
		int r = Math.max(3, s / 7);
		for (int[] n : nodes) {
			gc.fillOval(n[0] - r, n[1] - r, 2 * r, 2 * r);
		}
		gc.setLineWidth(1);
	}

	private static void caterer(GC gc, int x, int y, int s) {
		RGB accent = accent(ExternalKind.CATERER);
		gc.setBackground(c(gc, accent));
		gc.fillArc(p(x, s, 0.1), p(y, s, 0.22), (int) (s * 0.8), (int) (s * 0.9), 0, 180);
		gc.fillRoundRectangle(x, p(y, s, 0.66), s, Math.max(2, s / 9), 3, 3);
		gc.fillOval(p(x, s, 0.44), p(y, s, 0.12), (int) (s * 0.12) + 1, (int) (s * 0.12) + 1);
	}

	private static void idCard(GC gc, int x, int y, int s) {
		RGB accent = accent(ExternalKind.ONLINE_QUALIFICATION);
		gc.setBackground(c(gc, accent));
		gc.fillRoundRectangle(x, p(y, s, 0.18), s, (int) (s * 0.64), s / 8, s / 8);
		gc.setBackground(c(gc, WHITE));
		gc.fillRectangle(p(x, s, 0.1), p(y, s, 0.3), (int) (s * 0.28), (int) (s * 0.38));
		gc.setForeground(c(gc, WHITE));
		gc.setLineWidth(Math.max(1, s / 16));
		for (int i = 0; i < 3; i++) {
			int ly = p(y, s, 0.36 + i * 0.13);
			gc.drawLine(p(x, s, 0.46), ly, p(x, s, 0.88), ly);
		}
		gc.setLineWidth(1);
	}

	private static void cloud(GC gc, int x, int y, int s) {
		RGB accent = accent(ExternalKind.CLOUD);
		gc.setBackground(c(gc, accent));
		gc.fillOval(p(x, s, 0.05), p(y, s, 0.42), (int) (s * 0.4), (int) (s * 0.4));
		gc.fillOval(p(x, s, 0.25), p(y, s, 0.2), (int) (s * 0.5), (int) (s * 0.5));
		gc.fillOval(p(x, s, 0.55), p(y, s, 0.38), (int) (s * 0.4), (int) (s * 0.44));
		gc.fillRectangle(p(x, s, 0.25), p(y, s, 0.55), (int) (s * 0.5), (int) (s * 0.27));
	}
}
