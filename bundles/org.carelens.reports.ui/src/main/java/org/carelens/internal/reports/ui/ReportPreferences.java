package org.carelens.internal.reports.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.carelens.reports.core.PeriodPreset;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The Report perspective's preferences, in the workbench's instance scope (its data folder): the default period and
 * the dashboard's tiles per workspace.
 * <p>
 * The tile choice is a person's view of a workspace, not part of the workspace: several supervisors may read one
 * team workspace (PostgreSQL) or one shared folder, each with their own tiles, and a workspace folder may be
 * read-only. So it is kept with the workbench, keyed by the workspace folder's real path, rather than written into
 * the folder; a moved folder starts again from the default tiles.
 */
final class ReportPreferences {

	static final String QUALIFIER = "org.carelens.reports.ui";
	static final String DEFAULT_PERIOD = "defaultPeriod";
	/** The child node holding one key per workspace: the tiles' metric ids, comma separated, in order. */
	static final String TILES = "dashboardTiles";
	/** The name QA reviews are recorded under. */
	static final String REVIEWER = "qaReviewer";

	private ReportPreferences() {
	}

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(QUALIFIER);
	}

	/** @return the period a dashboard starts with */
	static PeriodPreset defaultPeriod() {
		return parsePreset(node().get(DEFAULT_PERIOD, "")).orElse(PeriodPreset.LAST_30_DAYS);
	}

	static void setDefaultPeriod(PeriodPreset preset) {
		node().put(DEFAULT_PERIOD, preset.name());
		flush(node());
	}

	/** @return the name QA reviews are recorded under: the one last saved with, else the operating system's user */
	static String reviewer() {
		return node().get(REVIEWER, System.getProperty("user.name", ""));
	}

	static void setReviewer(String name) {
		node().put(REVIEWER, name);
		flush(node());
	}

	static Optional<PeriodPreset> parsePreset(String name) {
		for (PeriodPreset preset : PeriodPreset.values()) {
			if (preset.name().equals(name)) {
				return Optional.of(preset);
			}
		}
		return Optional.empty();
	}

	/**
	 * @param installed the metric ids installed now
	 * @return the workspace's chosen tiles that are still installed, in the chosen order; empty when none was chosen
	 */
	static Optional<List<String>> tiles(Path workspace, Collection<String> installed) {
		String stored = node().node(TILES).get(key(workspace), null);
		return stored == null ? Optional.empty() : Optional.of(parseTiles(stored, installed));
	}

	static void setTiles(Path workspace, List<String> metrics) {
		IEclipsePreferences tiles = (IEclipsePreferences) node().node(TILES);
		tiles.put(key(workspace), String.join(",", metrics));
		flush(tiles);
	}

	/**
	 * @return the ids of {@code stored} that are installed, once each, in order: a metric whose bundle was removed
	 *         since loses its tile, and comes back if the bundle does
	 */
	static List<String> parseTiles(String stored, Collection<String> installed) {
		Set<String> ids = new LinkedHashSet<>();
		for (String id : stored.split(",")) {
			String trimmed = id.trim();
			if (installed.contains(trimmed)) {
				ids.add(trimmed);
			}
		}
		return new ArrayList<>(ids);
	}

	/** @return a key for the folder that preference files can hold whatever its characters (slashes included) */
	static String key(Path workspace) {
		Path real;
		try {
			real = workspace.toRealPath();
		} catch (java.io.IOException e) {
			real = workspace.toAbsolutePath().normalize();
		}
		return UUID.nameUUIDFromBytes(real.toString().getBytes(StandardCharsets.UTF_8)).toString();
	}

	private static void flush(org.osgi.service.prefs.Preferences node) {
		try {
			node.flush();
		} catch (BackingStoreException e) {
			// the value holds for this session; the log says why it will not be there after a restart
			org.eclipse.core.runtime.ILog.of(ReportPreferences.class).error("cannot save the reports' preferences", e);
		}
	}
}
