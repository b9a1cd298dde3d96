package org.carelens.internal.reports.export;

import java.util.Locale;

/** A chart drawn as an inline SVG element; text widths estimated from the font size (the browser lays them out). */
final class SvgCanvas implements Canvas {

	private final StringBuilder svg = new StringBuilder();
	private final double width;
	private final double height;

	SvgCanvas(double width, double height) {
		this.width = width;
		this.height = height;
	}

	@Override
	public double textWidth(String text, double size, boolean bold) {
		return text.length() * size * (bold ? 0.62 : 0.56);
	}

	@Override
	public void rect(double x, double y, double w, double h, String fill) {
		svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
				x, y, w, h, fill));
	}

	@Override
	public void line(double x1, double y1, double x2, double y2, String stroke, double w, boolean dashed) {
		svg.append(String.format(Locale.ROOT,
				"<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\"%s/>", x1, y1,
				x2, y2, stroke, w, dashed ? " stroke-dasharray=\"4 3\"" : ""));
	}

	@Override
	public void polyline(double[] xs, double[] ys, String stroke, double w) {
		svg.append("<polyline fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"")
				.append(String.format(Locale.ROOT, "%.1f", w)).append("\" points=\"");
		for (int i = 0; i < xs.length; i++) {
			svg.append(String.format(Locale.ROOT, "%s%.1f,%.1f", i == 0 ? "" : " ", xs[i], ys[i]));
		}
		svg.append("\"/>");
	}

	@Override
	public void dot(double x, double y, double radius, String fill) {
		svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>", x, y, radius,
				fill));
	}

	@Override
	public void text(String text, double x, double y, double size, boolean bold, String colour, Align align) {
		String anchor = switch (align) {
		case START -> "start";
		case MIDDLE -> "middle";
		case END -> "end";
		};
		svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" fill=\"%s\"%s text-anchor=\"%s\">",
				x, y, size, colour, bold ? " font-weight=\"bold\"" : "", anchor)).append(HtmlReportWriter.escape(text))
				.append("</text>");
	}

	/** @return the element, scaling to the width of its container */
	String element(String title) {
		return String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"%s\">",
				width, height, HtmlReportWriter.escape(title)) + svg + "</svg>";
	}
}
