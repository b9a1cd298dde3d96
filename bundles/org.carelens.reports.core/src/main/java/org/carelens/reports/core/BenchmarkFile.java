package org.carelens.reports.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carelens.kpi.api.MetricInfo;
import org.carelens.reports.core.BenchmarkCsvException.Problem;

/**
 * The benchmarks of a workspace, kept as {@value #FILE_NAME} in its folder: read for every comparison, replaced
 * by an import only once the new file has been read without a problem, and atomically, so that a crash leaves
 * either the old file or the new one, never half of one.
 */
public final class BenchmarkFile {

	public static final String FILE_NAME = "benchmarks.csv";

	private BenchmarkFile() {
	}

	public static Path of(Path workspace) {
		return workspace.resolve(FILE_NAME);
	}

	/**
	 * @return the workspace's benchmarks; {@link Benchmarks#NONE} when it has none
	 * @throws IOException           when the file is there but cannot be read
	 * @throws BenchmarkCsvException when it is not a benchmark file (edited by hand since its import)
	 */
	public static Benchmarks load(Path workspace, Map<String, MetricInfo> known)
			throws IOException, BenchmarkCsvException {
		Path file = of(workspace);
		if (!Files.exists(file)) {
			return Benchmarks.NONE;
		}
		byte[] bytes = Files.readAllBytes(file);
		return BenchmarkCsv.read(file.toString(), text(file.toString(), bytes), known);
	}

	/**
	 * Reads {@code source} and, when it is a good benchmark file, makes it the workspace's.
	 *
	 * @return the benchmarks imported
	 * @throws BenchmarkCsvException naming the lines and columns that are wrong; the workspace's file is untouched
	 * @throws IOException           when a file cannot be read or written; the workspace's file is untouched
	 */
	public static Benchmarks replace(Path workspace, Path source, Map<String, MetricInfo> known)
			throws IOException, BenchmarkCsvException {
		byte[] bytes = Files.readAllBytes(source);
		Benchmarks read = BenchmarkCsv.read(source.toString(), text(source.toString(), bytes), known);
		Path target = of(workspace);
		Path temporary = Files.createTempFile(workspace, FILE_NAME + ".", ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				ByteBuffer buffer = ByteBuffer.wrap(bytes);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true); // on disk before the rename makes it the workspace's file
			}
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				throw new IOException("cannot replace " + target + " atomically on this file system", e);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
		return read;
	}

	/** @return the bytes as UTF-8 text; anything else is refused rather than read with replaced characters */
	private static String text(String file, byte[] bytes) throws BenchmarkCsvException {
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
		if (result.isError()) {
			int line = 1;
			for (int i = 0; i < in.position(); i++) {
				if (bytes[i] == '\n') {
					line++;
				}
			}
			throw new BenchmarkCsvException(file, List.of(new Problem(line, Optional.empty(),
					"byte " + (in.position() + 1) + " is not UTF-8 text; save the file as UTF-8 CSV")));
		}
		return out.flip().toString();
	}
}
