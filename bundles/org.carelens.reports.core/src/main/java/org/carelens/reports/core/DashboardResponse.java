package org.carelens.reports.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link DashboardProvider} answers: the tiles when {@link Status#COMPLETED}, otherwise why there are none.
 *
 * @param status  how the computation ended
 * @param reason  why it failed; empty unless {@link Status#FAILED}
 * @param request the request answered
 * @param tiles   one per requested metric, in the request's order; empty unless completed
 */
public record DashboardResponse(Status status, Optional<String> reason, DashboardRequest request, List<Tile> tiles) {

	/** How a computation ended. */
	public enum Status {
		COMPLETED, FAILED, CANCELLED
	}

	public DashboardResponse {
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(request, "request");
		tiles = List.copyOf(tiles);
	}

	public static DashboardResponse completed(DashboardRequest request, List<Tile> tiles) {
		return new DashboardResponse(Status.COMPLETED, Optional.empty(), request, tiles);
	}

	public static DashboardResponse failed(DashboardRequest request, String reason) {
		return new DashboardResponse(Status.FAILED, Optional.of(reason), request, List.of());
	}

	public static DashboardResponse cancelled(DashboardRequest request) {
		return new DashboardResponse(Status.CANCELLED, Optional.empty(), request, List.of());
	}
}
