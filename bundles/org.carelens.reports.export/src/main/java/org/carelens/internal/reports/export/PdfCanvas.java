package org.carelens.internal.reports.export;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** A region of a PDF page that a chart is drawn on, as vectors and embedded-font text. */
final class PdfCanvas implements Canvas {

	private final PDPageContentStream stream;
	private final PDFont regular;
	private final PDFont bold;
	private final double left;
	private final double top;

	/**
	 * @param left the region's left edge, in page points
	 * @param top  the region's top edge, in page points from the page's bottom
	 */
	PdfCanvas(PDPageContentStream stream, PDFont regular, PDFont bold, double left, double top) {
		this.stream = stream;
		this.regular = regular;
		this.bold = bold;
		this.left = left;
		this.top = top;
	}

	static double width(PDFont font, String text, double size) {
		try {
			return font.getStringWidth(text) / 1000 * size;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public double textWidth(String text, double size, boolean isBold) {
		return width(isBold ? bold : regular, text, size);
	}

	@Override
	public void rect(double x, double y, double w, double h, String fill) {
		try {
			colour(fill, false);
			stream.addRect((float) (left + x), (float) (top - y - h), (float) w, (float) h);
			stream.fill();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void line(double x1, double y1, double x2, double y2, String stroke, double w, boolean dashed) {
		try {
			colour(stroke, true);
			stream.setLineWidth((float) w);
			stream.setLineDashPattern(dashed ? new float[] { 4, 3 } : new float[0], 0);
			stream.moveTo((float) (left + x1), (float) (top - y1));
			stream.lineTo((float) (left + x2), (float) (top - y2));
			stream.stroke();
			stream.setLineDashPattern(new float[0], 0);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void polyline(double[] xs, double[] ys, String stroke, double w) {
		try {
			colour(stroke, true);
			stream.setLineWidth((float) w);
			stream.moveTo((float) (left + xs[0]), (float) (top - ys[0]));
			for (int i = 1; i < xs.length; i++) {
				stream.lineTo((float) (left + xs[i]), (float) (top - ys[i]));
			}
			stream.stroke();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void dot(double x, double y, double radius, String fill) {
		rect(x - radius, y - radius, radius * 2, radius * 2, fill);
	}

	@Override
	public void text(String text, double x, double y, double size, boolean isBold, String colour, Align align) {
		double w = textWidth(text, size, isBold);
		double start = switch (align) {
		case START -> x;
		case MIDDLE -> x - w / 2;
		case END -> x - w;
		};
		try {
			colour(colour, false);
			stream.beginText();
			stream.setFont(isBold ? bold : regular, (float) size);
			stream.newLineAtOffset((float) (left + start), (float) (top - y));
			stream.showText(text);
			stream.endText();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void colour(String hex, boolean stroking) throws IOException {
		float r = Integer.parseInt(hex.substring(1, 3), 16) / 255f;
		float g = Integer.parseInt(hex.substring(3, 5), 16) / 255f;
		float b = Integer.parseInt(hex.substring(5, 7), 16) / 255f;
		if (stroking) {
			stream.setStrokingColor(r, g, b);
		} else {
			stream.setNonStrokingColor(r, g, b);
		}
	}
}
