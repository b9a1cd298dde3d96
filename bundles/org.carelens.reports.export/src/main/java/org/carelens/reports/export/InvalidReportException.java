package org.carelens.reports.export;

import java.nio.file.Path;

/** A saved report file that cannot be used, naming the file and the field at fault. */
public final class InvalidReportException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final String field;

	public InvalidReportException(Path file, String field, String problem) {
		super(file + ": " + field + ": " + problem);
		this.file = file;
		this.field = field;
	}

	public Path file() {
		return file;
	}

	/** @return the key of the field at fault, or the file's name when the file as a whole is */
	public String field() {
		return field;
	}
}
