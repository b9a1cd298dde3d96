package org.carelens.internal.kpi.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A {@link ColumnTable} written as its arrays, so that a workbench reopening a workspace whose facts have not
 * changed takes its table from one sequential read instead of folding every stored fact again. The format is this
 * engine's private cache format: a version mismatch means "build the table again", never an error for a user.
 * <p>
 * Layout (big-endian, as {@link ByteBuffer}): magic, format version, row count, the row columns (each dimension
 * column as its width, 1 or 2 bytes a row, and its ids), the id hashes, the reply runs, the side pool, the
 * dictionaries (values in id order, so that encoding them again gives the same ids), the orders, the span of
 * instants.
 */
final class TableSnapshot {

	private static final long MAGIC = 0x434c5441424c4531L; // "CLTABLE1"
	/** Bump with any change to {@link ColumnTable}'s columns or their meaning. */
	static final int FORMAT = 2;
	private static final int CHUNK = 1 << 20;

	private TableSnapshot() {
	}

	/** Writes {@code table}, which has no business-hours override and no garbage (compact it first). */
	static void write(ColumnTable table, WritableByteChannel channel) throws IOException {
		Out out = new Out(channel);
		out.longValue(MAGIC);
		out.intValue(FORMAT);
		int rows = table.size;
		out.intValue(rows);
		out.ints(table.opened, rows);
		out.ints(table.firstResponse, rows);
		out.ints(table.firstResolution, rows);
		out.ints(table.lastResolution, rows);
		out.shorts(table.meta, rows);
		out.intValue(table.dims.length);
		for (DimensionColumn column : table.dims) {
			out.intValue(column.width());
			if (column.width() == 1) {
				out.bytes(column.narrow(), rows);
			} else {
				out.chars(column.wide(), rows);
			}
		}
		out.ints(table.customer, rows);
		out.ints(table.side, rows);
		out.longs(table.index().hashes(), rows);
		out.intValue(table.repliesUsed);
		out.ints(table.replies, table.repliesUsed);
		out.intValue(table.sidePool.used);
		out.ints(table.sidePool.pool, table.sidePool.used);
		for (Dictionary dictionary : table.dictionaries) {
			if (dictionary != null) {
				out.dictionary(dictionary);
			}
		}
		out.dictionary(table.customers);
		out.dictionary(table.outcomes);
		Orders orders = table.orders;
		out.intValue(orders.size);
		out.ints(orders.customer, orders.size);
		out.longs(orders.at, orders.size);
		out.doubles(orders.amount, orders.size);
		out.doubles(orders.margin, orders.size);
		out.longValue(table.minInstant);
		out.longValue(table.maxInstant);
		out.flush();
	}

	/**
	 * @return the table {@code channel} holds
	 * @throws IOException when it is not a snapshot of this format, or is cut short
	 */
	static ColumnTable read(ReadableByteChannel channel) throws IOException {
		In in = new In(channel);
		if (in.longValue() != MAGIC) {
			throw new IOException("not a CareLens fact table snapshot");
		}
		int format = in.intValue();
		if (format != FORMAT) {
			throw new IOException("a fact table snapshot of format " + format + ", this engine reads " + FORMAT);
		}
		int rows = in.intValue();
		if (rows < 0) {
			throw new IOException("a damaged fact table snapshot: " + rows + " rows");
		}
		int[] opened = in.ints(rows);
		int[] firstResponse = in.ints(rows);
		int[] firstResolution = in.ints(rows);
		int[] lastResolution = in.ints(rows);
		short[] meta = in.shorts(rows);
		int dimensions = in.intValue();
		ColumnTable table = new ColumnTable(Optional.empty(), IdIndex.empty());
		if (dimensions != table.dims.length) {
			throw new IOException("a fact table snapshot with " + dimensions + " dimension columns, not "
					+ table.dims.length);
		}
		for (int i = 0; i < dimensions; i++) {
			int width = in.intValue();
			if (width != 1 && width != 2) {
				throw new IOException("a damaged fact table snapshot: a dimension column of " + width
						+ " bytes a row");
			}
			table.dims[i] = width == 1 ? DimensionColumn.of(in.bytes(rows), null)
					: DimensionColumn.of(null, in.chars(rows));
		}
		table.opened = opened;
		table.firstResponse = firstResponse;
		table.firstResolution = firstResolution;
		table.lastResolution = lastResolution;
		table.meta = meta;
		table.customer = in.ints(rows);
		table.side = in.ints(rows);
		long[] hashes = in.longs(rows);
		for (int row = 0; row < rows; row++) {
			table.index().add(hashes[row], row);
		}
		table.size = rows;
		table.repliesUsed = in.intValue();
		table.replies = in.ints(Math.max(table.repliesUsed, 0));
		table.sidePool.used = in.intValue();
		table.sidePool.pool = in.ints(Math.max(table.sidePool.used, 0));
		for (Dictionary dictionary : table.dictionaries) {
			if (dictionary != null) {
				in.dictionary(dictionary);
			}
		}
		in.dictionary(table.customers);
		in.dictionary(table.outcomes);
		Orders orders = table.orders;
		int orderCount = in.intValue();
		orders.customer = in.ints(orderCount);
		orders.at = in.longs(orderCount);
		orders.amount = in.doubles(orderCount);
		orders.margin = in.doubles(orderCount);
		orders.size = orderCount;
		table.minInstant = in.longValue();
		table.maxInstant = in.longValue();
		table.version++;
		return table;
	}

	/** Writes through one buffer, flushed to the channel when full. */
	private static final class Out {
		private final WritableByteChannel channel;
		private final ByteBuffer buffer = ByteBuffer.allocateDirect(CHUNK).order(ByteOrder.BIG_ENDIAN);

		Out(WritableByteChannel channel) {
			this.channel = channel;
		}

		private void room(int bytes) throws IOException {
			if (buffer.remaining() < bytes) {
				flush();
			}
		}

		void flush() throws IOException {
			buffer.flip();
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
			buffer.clear();
		}

		void intValue(int value) throws IOException {
			room(4);
			buffer.putInt(value);
		}

		void longValue(long value) throws IOException {
			room(8);
			buffer.putLong(value);
		}

		void ints(int[] values, int count) throws IOException {
			for (int at = 0; at < count;) {
				room(4);
				int n = Math.min(count - at, buffer.remaining() / 4);
				buffer.asIntBuffer().put(values, at, n);
				buffer.position(buffer.position() + 4 * n);
				at += n;
			}
		}

		void longs(long[] values, int count) throws IOException {
			for (int at = 0; at < count;) {
				room(8);
				int n = Math.min(count - at, buffer.remaining() / 8);
				buffer.asLongBuffer().put(values, at, n);
				buffer.position(buffer.position() + 8 * n);
				at += n;
			}
		}

		void doubles(double[] values, int count) throws IOException {
			for (int at = 0; at < count;) {
				room(8);
				int n = Math.min(count - at, buffer.remaining() / 8);
				buffer.asDoubleBuffer().put(values, at, n);
				buffer.position(buffer.position() + 8 * n);
				at += n;
			}
		}

		void shorts(short[] values, int count) throws IOException {
			for (int at = 0; at < count;) {
				room(2);
				int n = Math.min(count - at, buffer.remaining() / 2);
				buffer.asShortBuffer().put(values, at, n);
				buffer.position(buffer.position() + 2 * n);
				at += n;
			}
		}

		void bytes(byte[] values, int count) throws IOException {
			for (int at = 0; at < count;) {
				room(1);
				int n = Math.min(count - at, buffer.remaining());
				buffer.put(values, at, n);
				at += n;
			}
		}

		void chars(char[] values, int count) throws IOException {
			for (int at = 0; at < count;) {
				room(2);
				int n = Math.min(count - at, buffer.remaining() / 2);
				buffer.asCharBuffer().put(values, at, n);
				buffer.position(buffer.position() + 2 * n);
				at += n;
			}
		}

		void dictionary(Dictionary dictionary) throws IOException {
			intValue(dictionary.size());
			for (int id = 1; id < dictionary.size(); id++) {
				byte[] utf8 = dictionary.valueOf(id).orElseThrow().getBytes(StandardCharsets.UTF_8);
				intValue(utf8.length);
				for (int at = 0; at < utf8.length;) {
					room(1);
					int n = Math.min(utf8.length - at, buffer.remaining());
					buffer.put(utf8, at, n);
					at += n;
				}
			}
		}
	}

	/** Reads through one buffer, refilled from the channel as it empties. */
	private static final class In {
		private final ReadableByteChannel channel;
		private final ByteBuffer buffer = ByteBuffer.allocateDirect(CHUNK).order(ByteOrder.BIG_ENDIAN);

		In(ReadableByteChannel channel) {
			this.channel = channel;
			buffer.limit(0);
		}

		/** Makes at least {@code bytes} (at most the buffer's size) readable. */
		private void need(int bytes) throws IOException {
			if (buffer.remaining() >= bytes) {
				return;
			}
			buffer.compact();
			while (buffer.position() < bytes) {
				if (channel.read(buffer) < 0) {
					throw new IOException("a fact table snapshot cut short");
				}
			}
			buffer.flip();
		}

		int intValue() throws IOException {
			need(4);
			return buffer.getInt();
		}

		long longValue() throws IOException {
			need(8);
			return buffer.getLong();
		}

		private static void check(int count) throws IOException {
			if (count < 0) {
				throw new IOException("a damaged fact table snapshot: a column of " + count + " values");
			}
		}

		int[] ints(int count) throws IOException {
			check(count);
			int[] values = new int[Math.max(count, 1024)];
			for (int at = 0; at < count;) {
				need(4);
				int n = Math.min(count - at, buffer.remaining() / 4);
				buffer.asIntBuffer().get(values, at, n);
				buffer.position(buffer.position() + 4 * n);
				at += n;
			}
			return values;
		}

		long[] longs(int count) throws IOException {
			check(count);
			long[] values = new long[count];
			for (int at = 0; at < count;) {
				need(8);
				int n = Math.min(count - at, buffer.remaining() / 8);
				buffer.asLongBuffer().get(values, at, n);
				buffer.position(buffer.position() + 8 * n);
				at += n;
			}
			return values;
		}

		double[] doubles(int count) throws IOException {
			check(count);
			double[] values = new double[count];
			for (int at = 0; at < count;) {
				need(8);
				int n = Math.min(count - at, buffer.remaining() / 8);
				buffer.asDoubleBuffer().get(values, at, n);
				buffer.position(buffer.position() + 8 * n);
				at += n;
			}
			return values;
		}

		short[] shorts(int count) throws IOException {
			check(count);
			short[] values = new short[Math.max(count, 1024)];
			for (int at = 0; at < count;) {
				need(2);
				int n = Math.min(count - at, buffer.remaining() / 2);
				buffer.asShortBuffer().get(values, at, n);
				buffer.position(buffer.position() + 2 * n);
				at += n;
			}
			return values;
		}

		byte[] bytes(int count) throws IOException {
			check(count);
			byte[] values = new byte[Math.max(count, 1024)];
			for (int at = 0; at < count;) {
				need(1);
				int n = Math.min(count - at, buffer.remaining());
				buffer.get(values, at, n);
				at += n;
			}
			return values;
		}

		char[] chars(int count) throws IOException {
			check(count);
			char[] values = new char[Math.max(count, 1024)];
			for (int at = 0; at < count;) {
				need(2);
				int n = Math.min(count - at, buffer.remaining() / 2);
				buffer.asCharBuffer().get(values, at, n);
				buffer.position(buffer.position() + 2 * n);
				at += n;
			}
			return values;
		}

		void dictionary(Dictionary dictionary) throws IOException {
			int size = intValue();
			check(size);
			for (int id = 1; id < size; id++) {
				int length = intValue();
				if (length < 0 || length > CHUNK) {
					throw new IOException("a damaged fact table snapshot: a value of " + length + " bytes");
				}
				byte[] utf8 = new byte[length];
				for (int at = 0; at < length;) {
					need(1);
					int n = Math.min(length - at, buffer.remaining());
					buffer.get(utf8, at, n);
					at += n;
				}
				if (dictionary.encode(new String(utf8, StandardCharsets.UTF_8)) != id) {
					throw new IOException("a damaged fact table snapshot: dictionary values repeat");
				}
			}
		}
	}
}
