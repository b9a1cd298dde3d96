package org.carelens.internal.reports.export;

/**
 * What a chart is drawn on: an SVG element or a region of a PDF page. Coordinates are points from the region's top
 * left corner, y down; colours are {@code #rrggbb}.
 */
interface Canvas {

	/** Where a text is anchored on its x. */
	enum Align {
		START, MIDDLE, END
	}

	double textWidth(String text, double size, boolean bold);

	void rect(double x, double y, double width, double height, String fill);

	void line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed);

	void polyline(double[] xs, double[] ys, String stroke, double width);

	void dot(double x, double y, double radius, String fill);

	/** @param y the baseline */
	void text(String text, double x, double y, double size, boolean bold, String colour, Align align);
}
