package org.carelens.internal.reports.ui;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.carelens.reports.core.ReportScope;
import org.carelens.reports.core.WorkspaceSession;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * What the report views of one workbench window share: the open workspace session and the scope (period and
 * filters) chosen on the dashboard. The dashboard opens workspaces and sets the scope; comparisons, drill-down
 * lists and the other views follow it. Used on the UI thread only.
 */
public final class ReportContext {

	/** Told of changes, on the UI thread. */
	public interface Listener {
		/** A workspace was opened; the scope is set right after. */
		default void sessionChanged(WorkspaceSession session) {
		}

		/** The dashboard's period or filters changed. */
		default void scopeChanged(ReportScope scope) {
		}

		/** The open session's facts changed (a QA review was recorded): what was computed from them is stale. */
		default void factsChanged(WorkspaceSession session) {
		}
	}

	private static final Map<IWorkbenchWindow, ReportContext> WINDOWS = new WeakHashMap<>();

	private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
	private Optional<WorkspaceSession> session = Optional.empty();
	private Optional<ReportScope> scope = Optional.empty();

	ReportContext() {
	}

	/** @return the context of {@code window}, made on first use */
	public static ReportContext of(IWorkbenchWindow window) {
		Objects.requireNonNull(window, "window");
		checkThread();
		return WINDOWS.computeIfAbsent(window, w -> new ReportContext());
	}

	public Optional<WorkspaceSession> session() {
		return session;
	}

	/** @return the scope of the dashboard; empty until a workspace is open */
	public Optional<ReportScope> scope() {
		return scope;
	}

	void setSession(WorkspaceSession opened) {
		checkThread();
		session = Optional.of(opened);
		scope = Optional.empty();
		listeners.forEach(l -> l.sessionChanged(opened));
	}

	void setScope(ReportScope chosen) {
		checkThread();
		if (scope.equals(Optional.of(chosen))) {
			return;
		}
		scope = Optional.of(chosen);
		listeners.forEach(l -> l.scopeChanged(chosen));
	}

	/** Tells the views that the open session's facts changed, so that they compute again. */
	void factsChanged() {
		checkThread();
		session.ifPresent(open -> listeners.forEach(l -> l.factsChanged(open)));
	}

	public void addListener(Listener listener) {
		listeners.addIfAbsent(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	private static void checkThread() {
		if (Display.getCurrent() == null) {
			throw new IllegalStateException("the report context is used on the UI thread only");
		}
	}
}
