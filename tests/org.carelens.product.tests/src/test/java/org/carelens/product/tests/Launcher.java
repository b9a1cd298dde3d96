package org.carelens.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code carelens} launcher of the built headless product, as a person would from a shell.
 */
final class Launcher {

	record Run(int exit, String out, String err) {
	}

	private Launcher() {
	}

	static Path carelens() {
		Path launcher = Path.of(System.getProperty("carelens.headless", "missing")).resolve("carelens");
		assertTrue(Files.isExecutable(launcher), "the headless product has an executable launcher: " + launcher);
		return launcher;
	}

	/** Runs {@code carelens ARGUMENTS} in {@code directory} and waits for it. */
	static Run run(Path directory, String... arguments) throws IOException, InterruptedException {
		Path out = Files.createTempFile(directory, "stdout", ".txt");
		Path err = Files.createTempFile(directory, "stderr", ".txt");
		Process process = start(directory, out, err, arguments);
		if (!process.waitFor(300, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("carelens did not finish within 300 s: " + List.of(arguments));
		}
		Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
		Files.delete(out);
		Files.delete(err);
		return run;
	}

	/** Starts {@code carelens ARGUMENTS} in {@code directory}, its output going to the given files. */
	static Process start(Path directory, Path out, Path err, String... arguments) throws IOException {
		return start(directory, out, err, Map.of(), arguments);
	}

	/** As {@link #start(Path, Path, Path, String...)}, with more environment variables. */
	static Process start(Path directory, Path out, Path err, Map<String, String> environment, String... arguments)
			throws IOException {
		List<String> command = new ArrayList<>();
		command.add(carelens().toString());
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectOutput(out.toFile())
				.redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
		builder.environment().putAll(environment);
		return builder.start();
	}

	/** Runs {@code carelens ARGUMENTS} in {@code directory} with more environment variables, and waits for it. */
	static Run run(Path directory, Map<String, String> environment, String... arguments)
			throws IOException, InterruptedException {
		Path out = Files.createTempFile(directory, "out", ".txt");
		Path err = Files.createTempFile(directory, "err", ".txt");
		Process process = start(directory, out, err, environment, arguments);
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), "carelens finishes within 120 s: " + List.of(arguments));
		return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
	}

	/**
	 * @param err where {@code carelens serve} writes its log lines
	 * @return the base address {@code serve} says it serves at, once it says so (within 60 s)
	 */
	static String awaitServing(Process server, Path err) throws IOException, InterruptedException {
		java.util.regex.Pattern serving = java.util.regex.Pattern
				.compile("serving .* at (http://127\\.0\\.0\\.1:\\d+/) ");
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline) {
			java.util.regex.Matcher found = serving.matcher(Files.readString(err));
			if (found.find()) {
				return found.group(1);
			}
			if (!server.isAlive()) {
				throw new AssertionError("serve ended with " + server.exitValue() + ": " + Files.readString(err));
			}
			Thread.sleep(100);
		}
		server.destroyForcibly();
		throw new AssertionError("serve did not start within 60 s: " + Files.readString(err));
	}

	/** Something a test waits for, which may not be there yet. */
	interface Probe<T> {
		Optional<T> look() throws Exception;
	}

	/**
	 * @param workspace the served workspace, whose server log a timeout shows
	 * @return what {@code probe} finds, once it finds it while {@code server} runs (within 90 s)
	 */
	static <T> T awaitWhileServing(Process server, Path err, Path workspace, String what, Probe<T> probe)
			throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		while (System.nanoTime() < deadline) {
			Optional<T> found = probe.look();
			if (found.isPresent()) {
				return found.get();
			}
			if (!server.isAlive()) {
				throw new AssertionError("serve ended: " + Files.readString(err));
			}
			Thread.sleep(200);
		}
		throw new AssertionError("no " + what + " within 90 s; the server's log: "
				+ Files.readString(workspace.resolve("logs/carelens-server.0.log")));
	}

	static void assertOk(Run run) {
		org.junit.jupiter.api.Assertions.assertEquals(0, run.exit(), run.out() + run.err());
	}
}
