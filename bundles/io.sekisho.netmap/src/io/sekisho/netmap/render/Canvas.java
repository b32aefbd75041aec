package io.sekisho.netmap.render;

import java.awt.Color;
import java.awt.Shape;

/** What the painter draws on: Java2D for PNG (and the workbook's picture), an SVG writer for SVG. */
interface Canvas {

	void fill(Shape shape, Color color);

	void stroke(Shape shape, Color color, float width, float[] dash);

	void polyline(int[] xs, int[] ys, Color color, float width, float[] dash);

	/** Text with its baseline at y; {@code anchorMiddle} centres it on x. */
	void text(String text, double x, double y, float size, boolean bold, Color color, boolean anchorMiddle);

	/** @return the width of a text in this canvas's font */
	double textWidth(String text, float size, boolean bold);
}
