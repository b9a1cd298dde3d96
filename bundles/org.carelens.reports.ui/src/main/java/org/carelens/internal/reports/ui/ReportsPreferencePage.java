package org.carelens.internal.reports.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.carelens.core.api.targets.MetricTarget;
import org.carelens.core.api.workspace.WorkspaceConfigurations;
import org.carelens.kpi.api.Metric;
import org.carelens.kpi.api.MetricInfo;
import org.carelens.reports.core.PeriodPreset;
import org.carelens.reports.core.WorkspaceSession;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Preferences &gt; CareLens &gt; Reports: the period a dashboard starts with, the workbench language (applied at the
 * next start, see {@link LanguageSetting}), and the open workspace's targets, read-only: they are part of
 * {@code workspace.carelens}, which has no editor in the workbench yet.
 */
public final class ReportsPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private static final List<Optional<String>> LANGUAGES = List.of(Optional.empty(),
			Optional.of(LanguageSetting.ENGLISH), Optional.of(LanguageSetting.VIETNAMESE));

	private Optional<WorkspaceSession> session = Optional.empty();
	private Combo period;
	private final Button[] languages = new Button[LANGUAGES.size()];
	private Optional<Path> dataFolder = Optional.empty();

	public ReportsPreferencePage() {
		setDescription(Messages.Prefs_description);
		noDefaultAndApplyButton();
	}

	@Override
	public void init(IWorkbench workbench) {
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		if (window != null) {
			session = ReportContext.of(window).session();
		}
		if (Platform.getInstanceLocation() != null && Platform.getInstanceLocation().getURL() != null) {
			try {
				// location URLs are not encoded (a space stays a space): URIUtil knows
				dataFolder = Optional.of(Path.of(org.eclipse.core.runtime.URIUtil.toURI(
						Platform.getInstanceLocation().getURL())));
			} catch (java.net.URISyntaxException | IllegalArgumentException e) {
				dataFolder = Optional.empty();
			}
		}
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		page.setLayout(layout);

		new Label(page, SWT.NONE).setText(Messages.Prefs_defaultPeriod);
		period = new Combo(page, SWT.READ_ONLY);
		period.setData(DashboardView.WIDGET_KEY, "prefs.defaultPeriod");
		for (PeriodPreset preset : PeriodPreset.values()) {
			period.add(DashboardView.presetName(preset));
		}
		period.select(ReportPreferences.defaultPeriod().ordinal());

		Group language = new Group(page, SWT.NONE);
		language.setText(Messages.Prefs_language);
		language.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		language.setLayout(new GridLayout(1, false));
		Optional<String> chosen = dataFolder.flatMap(LanguageSetting::read);
		String[] names = { Messages.Prefs_languageSystem, Messages.Prefs_languageEnglish,
				Messages.Prefs_languageVietnamese };
		for (int i = 0; i < names.length; i++) {
			languages[i] = new Button(language, SWT.RADIO);
			languages[i].setText(names[i]);
			languages[i].setSelection(LANGUAGES.get(i).equals(chosen));
			languages[i].setEnabled(dataFolder.isPresent());
		}
		Label restart = new Label(language, SWT.WRAP);
		restart.setText(Messages.Prefs_languageRestart);

		createTargets(page);
		return page;
	}

	private void createTargets(Composite page) {
		Group group = new Group(page, SWT.NONE);
		group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		group.setLayout(new GridLayout(1, false));
		if (session.isEmpty()) {
			group.setText(Messages.Prefs_targets.replace("{0}", "").trim());
			new Label(group, SWT.WRAP).setText(Messages.Prefs_noWorkspace);
			return;
		}
		WorkspaceSession open = session.get();
		group.setText(NLS.bind(Messages.Prefs_targets, open.name()));
		Label file = new Label(group, SWT.WRAP);
		file.setText(NLS.bind(Messages.Prefs_targetsFile,
				open.directory().resolve(WorkspaceConfigurations.FILE_NAME)));
		GridData fileData = new GridData(SWT.FILL, SWT.TOP, true, false);
		fileData.widthHint = 480;
		file.setLayoutData(fileData);
		List<MetricTarget> targets = open.targets();
		if (targets.isEmpty()) {
			new Label(group, SWT.WRAP).setText(Messages.Prefs_targetsNone);
			return;
		}
		Table table = new Table(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setData(DashboardView.WIDGET_KEY, "prefs.targets");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
		tableData.heightHint = 200;
		table.setLayoutData(tableData);
		for (String column : List.of(Messages.Prefs_columnMetric, Messages.Prefs_columnChannel,
				Messages.Prefs_columnTeam, Messages.Prefs_columnInstance, Messages.Prefs_columnTarget)) {
			new TableColumn(table, SWT.NONE).setText(column);
		}
		try (Services services = new Services()) {
			List<Metric> metrics = services.engineNow().map(engine -> engine.metrics()).orElse(List.of());
			Map<String, MetricInfo> infos = metrics.stream().map(Metric::info)
					.collect(Collectors.toMap(MetricInfo::id, Function.identity(), (a, b) -> a));
			MetricLabels labels = new MetricLabels(metrics, Locale.getDefault());
			ValueFormat format = new ValueFormat(Locale.getDefault());
			for (MetricTarget target : targets) {
				TableItem item = new TableItem(table, SWT.NONE);
				MetricInfo info = infos.get(target.metric());
				String direction = target.direction() == org.carelens.core.api.targets.TargetDirection.HIGHER_IS_BETTER
						? "\u2265 " : "\u2264 ";
				item.setText(new String[] {
						info == null ? target.metric() : labels.label(info.labelKey(), target.metric()),
						target.channelKind().map(k -> DashboardView.channelLabel(k.wire())).orElse(Messages.Prefs_any),
						target.team().orElse(Messages.Prefs_any), target.channelInstance().orElse(Messages.Prefs_any),
						direction + (info == null ? String.valueOf(target.value())
								: format.value(info.unit(), target.value())) });
			}
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
	}

	@Override
	public boolean performOk() {
		int index = period.getSelectionIndex();
		if (index >= 0) {
			ReportPreferences.setDefaultPeriod(PeriodPreset.values()[index]);
		}
		if (dataFolder.isPresent()) {
			for (int i = 0; i < languages.length; i++) {
				if (languages[i].getSelection()) {
					try {
						LanguageSetting.write(dataFolder.get(), LANGUAGES.get(i));
					} catch (IOException e) {
						setErrorMessage(NLS.bind(Messages.Prefs_languageFailed, dataFolder.get(), e.getMessage()));
						return false;
					}
				}
			}
		}
		return true;
	}
}
