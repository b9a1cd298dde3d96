package org.carelens.internal.reports.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.KpiEngine;
import org.carelens.kpi.api.MetricInfo;
import org.carelens.reports.core.BenchmarkCsvException;
import org.carelens.reports.core.BenchmarkFile;
import org.carelens.reports.core.Benchmarks;
import org.carelens.reports.core.DashboardRequest;
import org.carelens.reports.core.DashboardResponse;
import org.carelens.reports.core.WorkspaceSession;
import org.carelens.reports.export.InvalidReportException;
import org.carelens.reports.export.MetricNames;
import org.carelens.reports.export.ReportDefinition;
import org.carelens.reports.export.ReportDocument;
import org.carelens.reports.export.ReportRunner;
import org.carelens.reports.export.SavedReports;
import org.carelens.reports.export.Section;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.dialogs.ListDialog;

/**
 * The dashboard's report actions: Export... (the tiles and charts shown), Save Report... (the dashboard's period,
 * filters and tiles as a saved report of the workspace) and Run Report... (a saved report, computed and written in a
 * job, as {@code carelens report} does).
 */
public final class ReportActions {

	private final DashboardView view;
	private final Services services;

	ReportActions(DashboardView view, Services services) {
		this.view = view;
		this.services = services;
	}

	List<Action> actions() {
		Action export = action(Messages.Export_action, Messages.Export_tooltip, this::chooseExport);
		Action save = action(Messages.SaveReport_action, Messages.SaveReport_tooltip, this::save);
		Action run = action(Messages.RunReport_action, Messages.RunReport_tooltip, this::chooseRun);
		return List.of(export, save, run);
	}

	private static Action action(String text, String tooltip, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setToolTipText(tooltip);
		return action;
	}

	private void chooseExport() {
		if (view.shown().filter(r -> r.status() == DashboardResponse.Status.COMPLETED).isEmpty()) {
			MessageDialog.openInformation(view.getSite().getShell(), Messages.Export_title,
					Messages.Export_nothing);
			return;
		}
		ReportExport.chooseFile(view.getSite().getShell(), "dashboard-" + LocalDate.now()).ifPresent(this::export);
	}

	/**
	 * Writes the dashboard shown, its tiles and its charts, to {@code file} in a job.
	 *
	 * @return the job, scheduled; empty when no dashboard is shown yet
	 */
	public Optional<Job> export(Path file) {
		Optional<DashboardResponse> shown = view.shown().filter(r -> r.status() == DashboardResponse.Status.COMPLETED);
		Optional<WorkspaceSession> session = view.session();
		Optional<KpiEngine> engine = services.engineNow();
		if (shown.isEmpty() || session.isEmpty() || engine.isEmpty()) {
			return Optional.empty();
		}
		org.carelens.reports.export.ReportBuilder builder = ReportExport.builder(session.get(), engine.get());
		List<Section> sections = new java.util.ArrayList<>(List.of(builder.dashboard(shown.get())));
		view.shownCharts().filter(c -> c.status() == DashboardResponse.Status.COMPLETED
				&& c.scope().equals(shown.get().request().scope())).ifPresent(c -> sections.add(builder.charts(c)));
		ReportDocument document = builder.document("", session.get().name(), shown.get().request().scope(),
				Instant.now().truncatedTo(ChronoUnit.SECONDS), sections);
		return Optional.of(ReportExport.write(document, file));
	}

	/** @return the saved report the dashboard describes now: its period, filters and tiles, every section */
	Optional<ReportDefinition> definition(String name) {
		Optional<DashboardRequest> request = view.request();
		if (request.isEmpty()) {
			return Optional.empty();
		}
		Locale locale = Locale.getDefault().getLanguage().equals("vi") ? Locale.forLanguageTag("vi")
				: Locale.forLanguageTag("en");
		return Optional.of(new ReportDefinition(name, "", List.of(ReportDefinition.SectionKind.values()),
				view.reportPeriod(), request.get().filters(), Dimension.TEAM, request.get().metrics(), locale));
	}

	private void save() {
		Optional<WorkspaceSession> session = view.session();
		if (session.isEmpty()) {
			MessageDialog.openInformation(view.getSite().getShell(), Messages.SaveReport_title,
					Messages.Export_nothing);
			return;
		}
		SavedReports saved = new SavedReports(session.get().directory());
		InputDialog dialog = new InputDialog(view.getSite().getShell(), Messages.SaveReport_title,
				NLS.bind(Messages.SaveReport_prompt, saved.folder()), "", text -> ReportDefinition.NAME.matcher(text)
						.matches() ? null : Messages.SaveReport_invalidName);
		if (dialog.open() != Window.OK) {
			return;
		}
		try {
			Path file = saved.save(definition(dialog.getValue()).orElseThrow());
			MessageDialog.openInformation(view.getSite().getShell(), Messages.SaveReport_title,
					NLS.bind(Messages.SaveReport_saved, dialog.getValue(), file));
		} catch (IOException e) {
			MessageDialog.openError(view.getSite().getShell(), Messages.SaveReport_title,
					NLS.bind(Messages.Export_failed, saved.file(dialog.getValue()), e.getMessage()));
		}
	}

	private void chooseRun() {
		Optional<WorkspaceSession> session = view.session();
		if (session.isEmpty()) {
			MessageDialog.openInformation(view.getSite().getShell(), Messages.RunReport_title,
					Messages.Export_nothing);
			return;
		}
		SavedReports saved = new SavedReports(session.get().directory());
		List<String> names;
		try {
			names = saved.names();
		} catch (IOException e) {
			MessageDialog.openError(view.getSite().getShell(), Messages.RunReport_title, e.getMessage());
			return;
		}
		if (names.isEmpty()) {
			MessageDialog.openInformation(view.getSite().getShell(), Messages.RunReport_title,
					NLS.bind(Messages.RunReport_none, saved.folder()));
			return;
		}
		ListDialog dialog = new ListDialog(view.getSite().getShell());
		dialog.setTitle(Messages.RunReport_title);
		dialog.setMessage(Messages.RunReport_prompt);
		dialog.setContentProvider(ArrayContentProvider.getInstance());
		dialog.setLabelProvider(new LabelProvider());
		dialog.setInput(names);
		dialog.setInitialSelections(names.get(0));
		if (dialog.open() != Window.OK || dialog.getResult().length == 0) {
			return;
		}
		String name = (String) dialog.getResult()[0];
		ReportExport.chooseFile(view.getSite().getShell(), name + "-" + LocalDate.now())
				.ifPresent(file -> run(session.get(), name, file));
	}

	/**
	 * Runs a saved report over the open workspace and writes it to {@code file}, in a cancellable job.
	 *
	 * @return the job, scheduled
	 */
	Job run(WorkspaceSession session, String name, Path file) {
		Job job = Job.create(NLS.bind(Messages.RunReport_job, name), monitor -> {
			Optional<KpiEngine> engine = services.engine();
			if (engine.isEmpty()) {
				return Status.error(Messages.RunReport_noEngine);
			}
			try {
				ReportDefinition report = new SavedReports(session.directory()).read(name);
				Map<String, MetricInfo> known = engine.get().metrics().stream().map(m -> m.info())
						.collect(Collectors.toMap(MetricInfo::id, Function.identity(), (a, b) -> a));
				Benchmarks benchmarks = BenchmarkFile.load(session.directory(), known);
				ReportDocument document = new ReportRunner(engine.get()).run(session, report,
						Instant.now().truncatedTo(ChronoUnit.SECONDS), benchmarks,
						new MetricNames(engine.get().metrics(), report.locale()), monitor::isCanceled);
				Job write = ReportExport.write(document, file);
				write.join();
				return write.getResult();
			} catch (InvalidReportException | BenchmarkCsvException | ReportRunner.ReportFailedException
					| IOException e) {
				return monitor.isCanceled() ? Status.CANCEL_STATUS
						: Status.error(NLS.bind(Messages.RunReport_failed, name, e.getMessage()), e);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return Status.CANCEL_STATUS;
			}
		});
		job.setUser(true);
		job.schedule();
		return job;
	}
}
