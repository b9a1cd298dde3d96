package org.carelens.reports.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.carelens.internal.reports.export.CsvReportWriter;
import org.carelens.internal.reports.export.HtmlReportWriter;
import org.carelens.internal.reports.export.PdfReportWriter;
import org.carelens.internal.reports.export.XlsxReportWriter;

/** The file formats a report is written in, each named by its file extension. */
public enum ReportFormat {
	/** Every table one after the other, raw numbers (RFC 4180, UTF-8 with a byte order mark for spreadsheets). */
	CSV,
	/** One sheet per section, real number cells with formats, frozen headers. */
	XLSX,
	/** One self-contained printable page: inline CSS and SVG charts. */
	HTML,
	/** A4 landscape, vector charts, page numbers, DejaVu Sans embedded for Vietnamese. */
	PDF;

	public String extension() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @return the format a file name ends with ({@code .pdf}, any case), if one */
	public static Optional<ReportFormat> of(Path file) {
		String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(f -> name.endsWith("." + f.extension())).findFirst();
	}

	/** Writes the report to a stream, which stays open. */
	public void write(ReportDocument document, OutputStream out) throws IOException {
		switch (this) {
		case CSV -> CsvReportWriter.write(document, out);
		case XLSX -> XlsxReportWriter.write(document, out);
		case HTML -> HtmlReportWriter.write(document, out);
		case PDF -> PdfReportWriter.write(document, out);
		}
	}

	/**
	 * Writes the report to a file through a temporary file in the same folder, moved over the target at the end: an
	 * existing file is replaced whole or not at all.
	 */
	public void write(ReportDocument document, Path file) throws IOException {
		Path absolute = file.toAbsolutePath();
		Path folder = absolute.getParent();
		Files.createDirectories(folder);
		// not createTempFile: its owner-only permissions would stay on the report
		Path temporary = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
		try {
			try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE)) {
				write(document, out);
			}
			Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
