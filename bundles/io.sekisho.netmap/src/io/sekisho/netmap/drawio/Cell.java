package io.sekisho.netmap.drawio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One mxCell of a draw.io diagram, with the attributes of its UserObject/object wrapper when it has one. */
public final class Cell {

	String id;
	String parent;
	String value;
	String style = ""; //$NON-NLS-1$
	boolean vertex;
	boolean edge;
	String source;
	String target;
	double x;
	double y;
	double width;
	double height;
	final List<double[]> points = new ArrayList<>();
	final Map<String, String> attributes = new LinkedHashMap<>();
	/** Line in the decoded diagram, for messages. */
	int line;

	public String id() {
		return id;
	}

	public String parent() {
		return parent;
	}

	/** @return the label: the wrapper's label attribute, else the cell's value; HTML tags removed */
	public String label() {
		String raw = attributes.containsKey("label") ? attributes.get("label") : value; //$NON-NLS-1$ //$NON-NLS-2$
		return raw == null ? "" : Html.toText(raw); //$NON-NLS-1$
	}

	public String attribute(String name) {
		return attributes.get(name);
	}

	/** @return the attribute under any of the names (ZoneType or zoneType), case as CSET writes them */
	public String attribute(String... names) {
		for (String n : names) {
			String v = attributes.get(n);
			if (v != null) {
				return v;
			}
		}
		return null;
	}

	/** @return a style entry ({@code shape}, {@code image}), or {@code null} */
	public String styleValue(String key) {
		for (String part : style.split(";")) { //$NON-NLS-1$
			int eq = part.indexOf('=');
			if (eq > 0 && part.substring(0, eq).trim().equals(key)) {
				return part.substring(eq + 1).trim();
			}
		}
		return null;
	}

	public boolean styleHas(String flag) {
		for (String part : style.split(";")) { //$NON-NLS-1$
			if (part.trim().equals(flag)) {
				return true;
			}
		}
		return false;
	}

	public boolean isZone() {
		return "1".equals(attributes.get("zone")) || "1".equals(styleValue("zone")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	public boolean isVertex() {
		return vertex;
	}

	public boolean isEdge() {
		return edge;
	}

	public String source() {
		return source;
	}

	public String target() {
		return target;
	}

	public double x() {
		return x;
	}

	public double y() {
		return y;
	}

	public double width() {
		return width;
	}

	public double height() {
		return height;
	}

	public int line() {
		return line;
	}
}
