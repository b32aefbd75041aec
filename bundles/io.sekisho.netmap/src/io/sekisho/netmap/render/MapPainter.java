package io.sekisho.netmap.render;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;

import io.sekisho.model.facility.LinkMedium;
import io.sekisho.model.facility.TrustLevel;
import io.sekisho.netmap.analysis.RuleSeverity;
import io.sekisho.netmap.internal.Messages;
import io.sekisho.netmap.render.MapScene.EdgeItem;
import io.sekisho.netmap.render.MapScene.NodeItem;
import io.sekisho.netmap.render.MapScene.ZoneItem;

/** Paints a scene: zones with their trust, edges by medium, devices with icon, name and address, rule badges. */
final class MapPainter {

	static final int ICON = 36;
	private static final float[] DASH_VPN = { 8f, 5f };
	private static final float[] DOT_WIRELESS = { 2f, 4f };
	private static final Color EDGE = new Color(0x5a, 0x66, 0x73);
	private static final Color UNTRUSTED = new Color(0xc6, 0x28, 0x28);
	private static final Color TEXT = new Color(0x1f, 0x29, 0x33);
	private static final Color SUBTLE = new Color(0x55, 0x60, 0x6b);

	private MapPainter() {
	}

	static void paint(MapScene scene, Canvas canvas) {
		for (ZoneItem zone : scene.zones()) {
			paintZone(zone, canvas);
		}
		for (EdgeItem edge : scene.edges()) {
			Color color = edge.onPath() ? badgeColor(RuleSeverity.ERROR) : edge.untrusted() ? UNTRUSTED : EDGE;
			float[] dash = edge.medium() == LinkMedium.VPN ? DASH_VPN : edge.medium() == LinkMedium.WIRELESS ? DOT_WIRELESS : null;
			canvas.polyline(edge.xs(), edge.ys(), color, edge.onPath() ? 3f : 1.3f, dash);
		}
		for (NodeItem node : scene.nodes()) {
			paintNode(node, canvas);
		}
	}

	static Color zoneFill(ZoneItem zone) {
		if (zone.external()) {
			return new Color(0xfb, 0xee, 0xee);
		}
		TrustLevel t = zone.trust() == null ? TrustLevel.MEDIUM : zone.trust();
		return switch (t) {
			case HIGH -> new Color(0xea, 0xf3, 0xfb);
			case MEDIUM -> new Color(0xee, 0xf6, 0xec);
			case LOW -> new Color(0xfd, 0xf3, 0xe3);
			default -> new Color(0xfb, 0xe9, 0xe7);
		};
	}

	private static Color zoneBorder(ZoneItem zone) {
		return zoneFill(zone).darker().darker();
	}

	static String trustLabel(TrustLevel trust, boolean external) {
		if (external) {
			return Messages.Render_external;
		}
		if (trust == null) {
			return Messages.Render_trustUnknown;
		}
		return switch (trust) {
			case HIGH -> Messages.Render_trustHigh;
			case MEDIUM -> Messages.Render_trustMedium;
			case LOW -> Messages.Render_trustLow;
			default -> Messages.Render_trustUntrusted;
		};
	}

	private static void paintZone(ZoneItem zone, Canvas canvas) {
		Rectangle r = zone.bounds();
		RoundRectangle2D shape = new RoundRectangle2D.Double(r.x, r.y, r.width, r.height, 14, 14);
		canvas.fill(shape, zoneFill(zone));
		canvas.stroke(shape, zoneBorder(zone), 1.5f, zone.external() ? DASH_VPN : null);
		String title = zone.name() + Messages.Render_titleSeparator + trustLabel(zone.trust(), zone.external());
		canvas.text(title, r.x + 12, r.y + 20, 13f, true, TEXT, false);
	}

	private static void paintNode(NodeItem node, Canvas canvas) {
		Rectangle r = node.bounds();
		double iconX = r.getCenterX() - ICON / 2.0;
		double iconY = r.y + 2;
		if (node.icon() == IconKind.EXTERNAL) {
			RoundRectangle2D plate = new RoundRectangle2D.Double(r.x, r.y, r.width, r.height, 10, 10);
			canvas.fill(plate, Color.WHITE);
			canvas.stroke(plate, new Color(0xc6, 0x28, 0x28), 1.2f, null);
		}
		for (Icons.Part part : Icons.of(node.icon(), iconX, iconY, ICON)) {
			if (part.fill() != null) {
				canvas.fill(part.shape(), part.fill());
			}
			if (part.stroke() != null) {
				canvas.stroke(part.shape(), part.stroke(), 1.1f, null);
			}
		}
		String name = fit(node.name(), r.width + 16, 11f, true, canvas);
		canvas.text(name, r.getCenterX(), iconY + ICON + 14, 11f, true, TEXT, true);
		if (node.detail() != null) {
			canvas.text(fit(node.detail(), r.width + 16, 10f, false, canvas), r.getCenterX(), iconY + ICON + 27, 10f, false, SUBTLE, true);
		}
		if (node.badge() != null) {
			double bx = iconX + ICON - 4;
			double by = iconY - 4;
			Ellipse2D badge = new Ellipse2D.Double(bx, by, 16, 16);
			canvas.fill(badge, badgeColor(node.badge()));
			canvas.stroke(badge, Color.WHITE, 1.5f, null);
			canvas.text(node.badgeCount() > 9 ? "9+" : String.valueOf(node.badgeCount()), bx + 8, by + 12, 10f, true, Color.WHITE, true); //$NON-NLS-1$
		}
	}

	static Color badgeColor(RuleSeverity severity) {
		return switch (severity) {
			case ERROR -> new Color(0xd3, 0x2f, 0x2f);
			case WARNING -> new Color(0xef, 0x8a, 0x00);
			default -> new Color(0x1e, 0x88, 0xe5);
		};
	}

	private static String fit(String text, double width, float size, boolean bold, Canvas canvas) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		if (canvas.textWidth(text, size, bold) <= width) {
			return text;
		}
		String t = text;
		while (t.length() > 1 && canvas.textWidth(t + "…", size, bold) > width) { //$NON-NLS-1$
			t = t.substring(0, t.length() - 1);
		}
		return t + "…"; //$NON-NLS-1$
	}
}
