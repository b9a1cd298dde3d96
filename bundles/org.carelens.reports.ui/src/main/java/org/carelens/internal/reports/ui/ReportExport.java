package org.carelens.internal.reports.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.carelens.kpi.api.KpiEngine;
import org.carelens.reports.core.ReportScope;
import org.carelens.reports.core.WorkspaceSession;
import org.carelens.reports.export.MetricNames;
import org.carelens.reports.export.ReportBuilder;
import org.carelens.reports.export.ReportDocument;
import org.carelens.reports.export.ReportFormat;
import org.carelens.reports.export.Section;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Export... of the report views: asks for a file, whose type (PDF, HTML, XLSX or CSV) chooses the format, and writes
 * the view's report there in a job, in the workbench's language.
 */
final class ReportExport {

	private static final String[] EXTENSIONS = { "*.pdf", "*.html", "*.xlsx", "*.csv" };

	private ReportExport() {
	}

	/** @return a builder labelling the report in the workbench's language, the metrics named by their bundles */
	static ReportBuilder builder(WorkspaceSession session, KpiEngine engine) {
		Locale locale = Locale.getDefault();
		return new ReportBuilder(locale, session.zone(), new MetricNames(engine.metrics(), locale));
	}

	/**
	 * Adds Export... to a view's toolbar: the report of what the view shows, as the supplier makes it, written to the
	 * file chosen; when the view shows nothing yet, says so.
	 */
	static void addAction(IViewPart view, String baseName, Function<ReportBuilder, Optional<Section>> section,
			Supplier<Optional<WorkspaceSession>> session, Supplier<Optional<ReportScope>> scope) {
		Action export = new Action(Messages.Export_action) {
			@Override
			public void run() {
				Shell shell = view.getSite().getShell();
				Optional<KpiEngine> engine = engine();
				Optional<WorkspaceSession> open = session.get();
				if (open.isEmpty() || engine.isEmpty() || scope.get().isEmpty()) {
					MessageDialog.openInformation(shell, Messages.Export_title, Messages.Export_nothing);
					return;
				}
				ReportBuilder builder = builder(open.get(), engine.get());
				Optional<Section> shown = section.apply(builder);
				if (shown.isEmpty()) {
					MessageDialog.openInformation(shell, Messages.Export_title, Messages.Export_nothing);
					return;
				}
				ReportDocument document = builder.document("", open.get().name(), scope.get().get(),
						Instant.now().truncatedTo(ChronoUnit.SECONDS), List.of(shown.get()));
				chooseFile(shell, baseName + "-" + LocalDate.now()).ifPresent(file -> write(document, file));
			}
		};
		export.setToolTipText(Messages.Export_viewTooltip);
		view.getViewSite().getActionBars().getToolBarManager().add(export);
		view.getViewSite().getActionBars().updateActionBars();
	}

	/** @return the KPI engine if it is there now, for the metrics' names */
	private static Optional<KpiEngine> engine() {
		BundleContext context = FrameworkUtil.getBundle(ReportExport.class).getBundleContext();
		ServiceReference<KpiEngine> reference = context.getServiceReference(KpiEngine.class);
		return reference == null ? Optional.empty() : Optional.ofNullable(context.getService(reference));
	}

	/** @return the file chosen, with the extension of the type chosen when none was typed; empty when cancelled */
	static Optional<Path> chooseFile(Shell shell, String baseName) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(Messages.Export_title);
		dialog.setFilterExtensions(EXTENSIONS);
		dialog.setFilterNames(new String[] { Messages.Export_pdf, Messages.Export_html, Messages.Export_xlsx,
				Messages.Export_csv });
		dialog.setOverwrite(true);
		dialog.setFileName(baseName + ".pdf");
		String chosen = dialog.open();
		if (chosen == null) {
			return Optional.empty();
		}
		Path file = Path.of(chosen);
		if (ReportFormat.of(file).isEmpty()) {
			file = Path.of(chosen + EXTENSIONS[Math.max(0, dialog.getFilterIndex())].substring(1));
		}
		return Optional.of(file);
	}

	/**
	 * Writes the report in a job; the file is replaced whole or not at all, and a failure is the job's error,
	 * naming the file.
	 *
	 * @throws IllegalArgumentException when the file's extension is none of the formats
	 */
	static Job write(ReportDocument document, Path file) {
		ReportFormat format = ReportFormat.of(file).orElseThrow(() -> new IllegalArgumentException(
				file + ": the format comes from the extension, .pdf, .html, .xlsx or .csv"));
		Job job = Job.create(NLS.bind(Messages.Export_job, file.getFileName()), monitor -> {
			try {
				format.write(document, file);
				return Status.OK_STATUS;
			} catch (IOException | RuntimeException e) {
				return Status.error(NLS.bind(Messages.Export_failed, file, e.getMessage()), e);
			}
		});
		job.setUser(true);
		job.schedule();
		return job;
	}
}
