package org.carelens.core.api.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.carelens.core.api.Event;

/**
 * Writes CareLens events as JSON Lines, UTF-8, one event per line.
 */
public final class JsonLinesWriter implements Closeable, Flushable {

	private final Writer out;

	public JsonLinesWriter(OutputStream out) {
		this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
	}

	public void write(Event event) throws IOException {
		out.write(EventCodec.encode(event));
		out.write('\n');
	}

	@Override
	public void flush() throws IOException {
		out.flush();
	}

	@Override
	public void close() throws IOException {
		out.close();
	}
}
