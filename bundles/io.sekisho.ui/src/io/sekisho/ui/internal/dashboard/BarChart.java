package io.sekisho.ui.internal.dashboard;

import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;

import io.sekisho.ui.editor.PastDueColours;

/**
 * A horizontal, stacked bar chart on SWTChart: one bar per category (a section, a status ...), each made of one
 * or more parts (series) with a colour of their own and a legend. A click on a part calls back with the category
 * and part, so every bar links to the page that lists what it counts. Labels are the caller's (Japanese or
 * English words, never codes); the category label carries its number, so nobody has to read the axis.
 */
public final class BarChart {

	/** One part of the bars: its label (legend), colour (0xRRGGBB) and value per category. */
	record Part(String label, int colour, double[] values) {
	}

	/** Called with the index of the category and of the part clicked. */
	interface ClickHandler {
		void clicked(int category, int part);
	}

	private final Chart chart;
	private final List<IBarSeries<?>> series = new ArrayList<>();
	private final String[] categories;

	BarChart(Composite parent, JapaneseFonts fonts, String title, String[] categories, List<Part> parts, ClickHandler onClick) {
		this.categories = categories.clone();
		chart = new Chart(parent, SWT.NONE);
		chart.setBackground(parent.getBackground());
		chart.setBackgroundInPlotArea(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		chart.setOrientation(SWT.VERTICAL); // bars run left to right, the labels stand on the left
		chart.getTitle().setText(title);
		chart.getTitle().setFont(fonts.title());
		chart.getTitle().setVisible(!title.isEmpty());
		chart.getLegend().setFont(fonts.normal());
		chart.getLegend().setPosition(SWT.BOTTOM);
		chart.getLegend().setVisible(parts.size() > 1);
		IAxis categoryAxis = chart.getAxisSet().getXAxis(0);
		IAxis valueAxis = chart.getAxisSet().getYAxis(0);
		categoryAxis.getTitle().setVisible(false);
		valueAxis.getTitle().setVisible(false);
		categoryAxis.getTick().setFont(fonts.normal());
		valueAxis.getTick().setFont(fonts.normal());
		// dark text, not SWTChart's blue: these are labels to read
		org.eclipse.swt.graphics.Color text = parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND);
		chart.getTitle().setForeground(text);
		categoryAxis.getTick().setForeground(text);
		valueAxis.getTick().setForeground(text);
		chart.getLegend().setForeground(text);
		valueAxis.getTick().setFormat(new WholeNumbers());
		valueAxis.getGrid().setStyle(org.eclipse.swtchart.LineStyle.DOT);
		categoryAxis.getGrid().setStyle(org.eclipse.swtchart.LineStyle.NONE);
		categoryAxis.enableCategory(true);
		categoryAxis.setCategorySeries(this.categories);
		// the first category on top, as in a list
		categoryAxis.setReversed(true);
		double max = 0;
		double[] totals = new double[categories.length];
		for (Part part : parts) {
			IBarSeries<?> bar = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, part.label());
			bar.setYSeries(part.values());
			bar.setBarColor(colour(part.colour()));
			bar.enableStack(true);
			bar.setBarPadding(25);
			series.add(bar);
			for (int i = 0; i < totals.length && i < part.values().length; i++) {
				totals[i] += part.values()[i];
				max = Math.max(max, totals[i]);
			}
		}
		chart.getAxisSet().adjustRange();
		// whole numbers on the axis: a range of at least 0..4 keeps the ticks at integers
		valueAxis.setRange(new Range(0, Math.max(4, Math.ceil(max * 1.1))));
		chart.getAxisSet().getXAxis(0).adjustRange();
		Control plot = chart.getPlotArea().getControl();
		plot.addListener(SWT.MouseUp, e -> {
			int[] hit = hit(e.x, e.y);
			if (hit != null && e.button == 1) {
				onClick.clicked(hit[0], hit[1]);
			}
		});
		plot.addListener(SWT.MouseMove, e -> plot.setCursor(hit(e.x, e.y) == null ? null : plot.getDisplay().getSystemCursor(SWT.CURSOR_HAND)));
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
		data.heightHint = (title.isEmpty() ? 40 : 64) + 34 * Math.max(1, categories.length) + (parts.size() > 1 ? 30 : 0);
		data.widthHint = 200;
		chart.setLayoutData(data);
	}

	/** Counts are whole numbers: ticks between them get no label. */
	private static final class WholeNumbers extends DecimalFormat {
		private static final long serialVersionUID = 1L;

		WholeNumbers() {
			super("0"); //$NON-NLS-1$
		}

		@Override
		public StringBuffer format(double number, StringBuffer toAppendTo, java.text.FieldPosition pos) {
			return number == Math.rint(number) ? super.format(number, toAppendTo, pos) : toAppendTo;
		}
	}

	private static Color colour(int rgb) {
		return PastDueColours.colour(rgb);
	}

	/** @return {category, part} of the bar part at ({@code x}, {@code y}) of the plot area, or null */
	public int[] hit(int x, int y) {
		for (int p = 0; p < series.size(); p++) {
			Rectangle[] bounds = series.get(p).getBounds();
			if (bounds == null) {
				continue;
			}
			for (int c = 0; c < bounds.length; c++) {
				if (bounds[c] != null && bounds[c].width > 0 && bounds[c].height > 0 && bounds[c].contains(x, y)) {
					return new int[] { c, p };
				}
			}
		}
		return null;
	}

	/** @return the bounds of one bar part in the plot area (as drawn last), or null when it is not drawn */
	public Rectangle bounds(int category, int part) {
		Rectangle[] bounds = series.get(part).getBounds();
		return bounds == null || category >= bounds.length ? null : bounds[category];
	}

	public Chart chart() {
		return chart;
	}

	public String[] categories() {
		return categories.clone();
	}

	/** @return the labels of the parts, in legend order */
	public List<String> parts() {
		return series.stream().map(ISeries::getId).toList();
	}

	/** @return the value of one part of one bar */
	public double value(int category, int part) {
		return series.get(part).getYSeries()[category];
	}
}
