package org.carelens.internal.reports.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.carelens.core.api.qa.QaScorecard;
import org.carelens.core.api.workspace.WorkspaceConfig;
import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.KpiEngine;
import org.carelens.reports.core.Choice;
import org.carelens.reports.core.ConversationSource;
import org.carelens.reports.core.DrilledConversation;
import org.carelens.reports.core.QaAnswers;
import org.carelens.reports.core.QaCandidate;
import org.carelens.reports.core.QaReview;
import org.carelens.reports.core.QaReviewRecorder;
import org.carelens.reports.core.QaSample;
import org.carelens.reports.core.QaSampleProvider;
import org.carelens.reports.core.QaSampleRequest;
import org.carelens.reports.core.ReportScope;
import org.carelens.reports.core.WorkspaceSession;
import org.carelens.store.api.EventStoreProvider;
import org.carelens.store.api.StoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.part.ViewPart;

/**
 * The QA Reviews section of the Report perspective: draws a sample of conversations (N per agent of the dashboard's
 * scope, or of the Conversations list), lists it with each one's review state, and scores the selected one on a
 * workspace scorecard, its timeline shown beside. Saving records a {@code qa.review} event through
 * {@link QaReviewRecorder} in a job; the views of the window then compute again, the review counted.
 */
public final class QaReviewView extends ViewPart {

	public static final String ID = ReportPerspective.QA_VIEW;
	private static final int DEFAULT_PER_AGENT = 3;

	/** Where a conversation of the sample is. */
	public enum ReviewState {
		TO_REVIEW, REVIEWED, SKIPPED
	}

	private final Locale locale = Locale.getDefault();
	private final ValueFormat format = new ValueFormat(locale);
	private Services services;
	private ReportContext context;
	private Label header;
	private Combo scorecard;
	private Combo from;
	private Spinner perAgent;
	private Spinner seed;
	private Button draw;
	private Label state;
	private Table table;
	private Label summary;
	private QaScoreForm form;
	private Button save;
	private Button skip;
	private LatestRequest<QaSample> requests;
	private List<QaScorecard> scorecards = List.of();
	private Optional<QaSample> sample = Optional.empty();
	private final Map<String, ReviewState> states = new HashMap<>();
	private final Map<String, Double> scores = new HashMap<>();
	/** Answers given but not saved yet, by conversation: moving through the list keeps them. */
	private final Map<String, QaAnswers> drafts = new HashMap<>();
	/** When a review was first saved: a save tried again after a failure records the same review, the same id. */
	private final Map<String, Instant> reviewedAt = new HashMap<>();
	private Optional<QaCandidate> selected = Optional.empty();
	private Optional<Job> saving = Optional.empty();
	private final ReportContext.Listener listener = new ReportContext.Listener() {
		@Override
		public void sessionChanged(WorkspaceSession session) {
			showSession(Optional.of(session));
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		services = new Services();
		Composite root = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 6;
		layout.marginHeight = 4;
		root.setLayout(layout);
		header = new Label(root, SWT.WRAP);
		header.setFont(JFaceResources.getBannerFont());
		header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		header.setText(Messages.Qa_empty);
		header.setData(DashboardView.WIDGET_KEY, "qa.header");
		createBar(root);

		SashForm sash = new SashForm(root, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite left = new Composite(sash, SWT.NONE);
		GridLayout leftLayout = new GridLayout(1, false);
		leftLayout.marginWidth = 0;
		left.setLayout(leftLayout);
		table = new Table(left, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setData(DashboardView.WIDGET_KEY, "qa.table");
		for (String column : List.of(Messages.Qa_colState, Messages.Qa_colAgent, Messages.Qa_colConversation,
				Messages.Qa_colChannel, Messages.Qa_colOpened)) {
			new TableColumn(table, SWT.NONE).setText(column);
		}
		table.addListener(SWT.Selection, e -> select(table.getSelectionIndex()));
		summary = new Label(left, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		summary.setData(DashboardView.WIDGET_KEY, "qa.summary");

		form = new QaScoreForm(sash, format, this::createButtons);
		form.onChange(answers -> selected.ifPresent(c -> drafts.put(c.conversation(), answers)));
		form.setReviewer(ReportPreferences.reviewer());
		sash.setWeights(40, 60);

		requests = new LatestRequest<>(root, Messages.Job_qaSample);
		context = ReportContext.of(getSite().getWorkbenchWindow());
		context.addListener(listener);
		showSession(context.session());
	}

	private void createBar(Composite root) {
		Composite bar = new Composite(root, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		GridLayout barLayout = new GridLayout(10, false);
		barLayout.marginWidth = 0;
		bar.setLayout(barLayout);
		new Label(bar, SWT.NONE).setText(Messages.Qa_scorecard);
		scorecard = new Combo(bar, SWT.READ_ONLY);
		scorecard.setData(DashboardView.WIDGET_KEY, "qa.scorecard");
		scorecard.addListener(SWT.Selection, e -> {
			drafts.clear();
			select(table.getSelectionIndex());
		});
		new Label(bar, SWT.NONE).setText(Messages.Qa_from);
		from = new Combo(bar, SWT.READ_ONLY);
		from.setItems(Messages.Qa_fromScope, Messages.Qa_fromList);
		from.select(0);
		from.setData(DashboardView.WIDGET_KEY, "qa.from");
		new Label(bar, SWT.NONE).setText(Messages.Qa_perAgent);
		perAgent = new Spinner(bar, SWT.BORDER);
		perAgent.setValues(DEFAULT_PER_AGENT, 1, 100, 0, 1, 5);
		new Label(bar, SWT.NONE).setText(Messages.Qa_seed);
		seed = new Spinner(bar, SWT.BORDER);
		// the day's date: a sample drawn again the same day is the same sample
		LocalDate today = LocalDate.now();
		seed.setValues(today.getYear() * 10_000 + today.getMonthValue() * 100 + today.getDayOfMonth(), 0, 99_999_999,
				0, 1, 100);
		seed.setToolTipText(Messages.Qa_seedHint);
		draw = new Button(bar, SWT.PUSH);
		draw.setText(Messages.Qa_draw);
		draw.setData(DashboardView.WIDGET_KEY, "qa.draw");
		draw.addListener(SWT.Selection, e -> drawSample());
		state = new Label(bar, SWT.RIGHT);
		state.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		state.setData(DashboardView.WIDGET_KEY, "qa.state");
	}

	/** Adds Save, Skip and the timeline link to the form's bottom row, after its score. */
	private void createButtons(Composite row) {
		save = new Button(row, SWT.PUSH);
		save.setText(Messages.Qa_save);
		save.setData(DashboardView.WIDGET_KEY, "qa.save");
		save.addListener(SWT.Selection, e -> save());
		skip = new Button(row, SWT.PUSH);
		skip.setText(Messages.Qa_skip);
		skip.setToolTipText(Messages.Qa_skipHint);
		skip.addListener(SWT.Selection, e -> skip());
		Link timeline = new Link(row, SWT.NONE);
		timeline.setText("<a>" + Messages.Qa_timeline + "</a>");
		timeline.addListener(SWT.Selection, e -> selected
				.ifPresent(c -> TimelineView.show(getSite().getWorkbenchWindow(), c.conversation())));
		save.setEnabled(false);
		skip.setEnabled(false);
	}

	private void showSession(Optional<WorkspaceSession> session) {
		requests.cancel();
		sample = Optional.empty();
		states.clear();
		scores.clear();
		drafts.clear();
		reviewedAt.clear();
		scorecards = session.flatMap(WorkspaceSession::config).map(WorkspaceConfig::scorecards)
				.map(all -> all.values().stream().sorted(Comparator.comparing(QaScorecard::name)).toList())
				.orElse(List.of());
		scorecard.setItems(scorecards.stream().map(QaScorecard::name).toArray(String[]::new));
		if (!scorecards.isEmpty()) {
			scorecard.select(0);
		}
		draw.setEnabled(session.isPresent() && !scorecards.isEmpty());
		header.setText(session.map(s -> NLS.bind(Messages.Qa_header, s.name())).orElse(Messages.Qa_empty));
		state.setText(session.isPresent() && scorecards.isEmpty() ? Messages.Qa_noScorecard : "");
		fillTable();
		header.getParent().layout(true, true);
	}

	/** Draws a sample with the bar's settings, off the UI thread. */
	public void drawSample() {
		Optional<WorkspaceSession> session = context.session();
		Optional<ReportScope> scope = context.scope();
		Optional<KpiEngine> engine = services.engineNow();
		if (session.isEmpty() || scope.isEmpty() || engine.isEmpty()) {
			return;
		}
		QaSampleRequest request;
		if (from.getSelectionIndex() == 1) {
			List<String> listed = listedConversations();
			if (listed.isEmpty()) {
				state.setText(Messages.Qa_noList);
				state.getParent().layout();
				return;
			}
			request = QaSampleRequest.ofList(scope.get(), listed, perAgent.getSelection(), seed.getSelection());
		} else {
			request = QaSampleRequest.ofScope(scope.get(), perAgent.getSelection(), seed.getSelection());
		}
		WorkspaceSession open = session.get();
		QaSampleProvider provider = new QaSampleProvider(engine.get());
		state.setText(Messages.Dashboard_computing);
		state.getParent().layout();
		requests.submit(cancelled -> services.stores()
				.map(stores -> provider.compute(open, ConversationSource.of(open.directory(), stores), request,
						cancelled))
				.orElseGet(() -> QaSample.failed(request, Messages.Dashboard_noServices)), this::render);
	}

	/** @return the conversations of the window's Conversations view as filtered now; none without one */
	private List<String> listedConversations() {
		IWorkbenchPage page = getSite().getPage();
		if (page.findView(ConversationsView.ID) instanceof ConversationsView list) {
			return list.visible().stream().map(DrilledConversation::id).toList();
		}
		return List.of();
	}

	private void render(QaSample drawn) {
		switch (drawn.status()) {
		case COMPLETED -> {
			sample = Optional.of(drawn);
			states.clear();
			scores.clear();
			drafts.clear();
			reviewedAt.clear();
			drawn.conversations().forEach(c -> states.put(c.conversation(), ReviewState.TO_REVIEW));
			state.setText("");
			fillTable();
			if (!drawn.conversations().isEmpty()) {
				table.setSelection(0);
				select(0);
			}
		}
		case FAILED -> state.setText(NLS.bind(Messages.Qa_failed, drawn.reason().orElse("")));
		case CANCELLED -> {
			// a newer request replaced it; that one renders
		}
		}
		state.getParent().layout();
	}

	private void fillTable() {
		table.removeAll();
		List<QaCandidate> rows = sample.map(QaSample::conversations).orElse(List.of());
		Map<String, String> agents = agentNames();
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
				.withZone(context.session().map(WorkspaceSession::zone).orElse(WorkspaceSession.DEFAULT_ZONE));
		for (QaCandidate c : rows) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { stateText(c.conversation()), agents.getOrDefault(c.agent().orElse(""),
					c.agent().orElse("")), c.conversation(), DashboardView.channelLabel(c.channel().wire()),
					dates.format(c.opened()) });
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		updateSummary();
		if (rows.isEmpty()) {
			selected = Optional.empty();
			form.show(Messages.Qa_noSelection, Optional.empty());
			save.setEnabled(false);
			skip.setEnabled(false);
		}
	}

	private Map<String, String> agentNames() {
		Map<String, String> names = new HashMap<>();
		context.session().map(s -> s.choices().getOrDefault(Dimension.AGENT, List.<Choice>of())).orElse(List.of())
				.forEach(c -> names.put(c.value(), c.label()));
		return names;
	}

	private String stateText(String conversation) {
		return switch (states.getOrDefault(conversation, ReviewState.TO_REVIEW)) {
		case TO_REVIEW -> Messages.Qa_stateToReview;
		case SKIPPED -> Messages.Qa_stateSkipped;
		case REVIEWED -> NLS.bind(Messages.Qa_stateReviewed, format.points(scores.getOrDefault(conversation, 0.0)));
		};
	}

	private void updateSummary() {
		if (sample.isEmpty()) {
			summary.setText(Messages.Qa_noSample);
		} else {
			QaSample drawn = sample.get();
			long reviewed = states.values().stream().filter(s -> s == ReviewState.REVIEWED).count();
			long skipped = states.values().stream().filter(s -> s == ReviewState.SKIPPED).count();
			summary.setText(NLS.bind(Messages.Qa_summary, new Object[] { format.count(drawn.conversations().size()),
					format.count(drawn.considered()), format.count(drawn.reviewed()), format.count(reviewed),
					format.count(skipped) }));
		}
		summary.getParent().layout();
	}

	private void select(int index) {
		List<QaCandidate> rows = sample.map(QaSample::conversations).orElse(List.of());
		Optional<QaScorecard> card = scorecard.getSelectionIndex() >= 0
				? Optional.of(scorecards.get(scorecard.getSelectionIndex())) : Optional.empty();
		if (index < 0 || index >= rows.size() || card.isEmpty()) {
			return;
		}
		QaCandidate c = rows.get(index);
		selected = Optional.of(c);
		boolean open = states.get(c.conversation()) != ReviewState.REVIEWED;
		QaAnswers answers = drafts.computeIfAbsent(c.conversation(), id -> QaAnswers.on(card.get()));
		String agent = agentNames().getOrDefault(c.agent().orElse(""), c.agent().orElse(""));
		if (open) {
			form.show(NLS.bind(Messages.Qa_formTitle, c.conversation(), agent), Optional.of(answers));
		} else {
			form.show(NLS.bind(Messages.Qa_formReviewed, new Object[] { c.conversation(), agent,
					format.points(scores.getOrDefault(c.conversation(), 0.0)) }), Optional.empty());
		}
		save.setEnabled(open && saving.isEmpty());
		skip.setEnabled(open);
		form.showMessage("", false);
		TimelineView.show(getSite().getWorkbenchWindow(), c.conversation(), IWorkbenchPage.VIEW_VISIBLE);
	}

	/** Records the selected conversation's review in a job; the form stays as it is when that fails. */
	public Optional<Job> save() {
		Optional<WorkspaceSession> session = context.session();
		if (selected.isEmpty() || form.answers().isEmpty() || session.isEmpty() || saving.isPresent()) {
			return Optional.empty();
		}
		QaCandidate c = selected.get();
		QaAnswers answers = form.answers().get();
		// what a reviewer can put right is said in their language; the scorecard's own faults come from the checks
		List<String> unanswered = answers.unanswered().stream().map(criterion -> criterion.name()).toList();
		if (!unanswered.isEmpty()) {
			showMessage(NLS.bind(Messages.Qa_unanswered, String.join(", ", unanswered)), true);
			return Optional.empty();
		}
		if (form.reviewer().isBlank()) {
			showMessage(Messages.Qa_noReviewer, true);
			return Optional.empty();
		}
		QaReview review;
		try {
			review = new QaReview(c.conversation(), answers.scorecard().id(), answers.result(), form.reviewer(),
					Optional.of(form.comment()), reviewedAt.computeIfAbsent(c.conversation(), id -> Instant.now()));
		} catch (IllegalStateException | IllegalArgumentException e) {
			showMessage(e.getMessage(), true);
			return Optional.empty();
		}
		ReportPreferences.setReviewer(review.reviewer());
		WorkspaceSession open = session.get();
		save.setEnabled(false);
		showMessage(Messages.Qa_saving, false);
		Job job = new Job(NLS.bind(Messages.Job_qaSave, c.conversation())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				Optional<String> problem = Optional.empty();
				try {
					Optional<EventStoreProvider> stores = services.stores();
					if (stores.isEmpty()) {
						problem = Optional.of(Messages.Dashboard_noServices);
					} else {
						new QaReviewRecorder(stores.get()).record(open, review);
					}
				} catch (StoreException | IllegalArgumentException e) {
					problem = Optional.of(e.getMessage());
				}
				Optional<String> failed = problem;
				LatestRequest.asyncRender(table, () -> saved(c, review, failed));
				return Status.OK_STATUS;
			}
		};
		saving = Optional.of(job);
		job.schedule();
		return saving;
	}

	private void saved(QaCandidate c, QaReview review, Optional<String> problem) {
		saving = Optional.empty();
		if (problem.isPresent()) {
			showMessage(NLS.bind(Messages.Qa_saveFailed, problem.get()), true);
			save.setEnabled(selected.equals(Optional.of(c)));
			return;
		}
		states.put(c.conversation(), ReviewState.REVIEWED);
		scores.put(c.conversation(), review.result().score());
		drafts.remove(c.conversation());
		reviewedAt.remove(c.conversation());
		form.clearComment();
		refreshRow(c);
		context.factsChanged();
		next(c);
		showMessage(NLS.bind(Messages.Qa_saved, c.conversation(), format.points(review.result().score())), false);
	}

	private void skip() {
		selected.ifPresent(c -> {
			states.put(c.conversation(), ReviewState.SKIPPED);
			refreshRow(c);
			next(c);
		});
	}

	private void refreshRow(QaCandidate c) {
		int index = sample.map(s -> s.conversations().indexOf(c)).orElse(-1);
		if (index >= 0) {
			table.getItem(index).setText(0, stateText(c.conversation()));
			table.getColumn(0).pack();
		}
		updateSummary();
	}

	/** Moves to the next conversation still to review after {@code done}, or stays when there is none. */
	private void next(QaCandidate done) {
		List<QaCandidate> rows = sample.map(QaSample::conversations).orElse(List.of());
		int from = rows.indexOf(done);
		for (int i = 1; i <= rows.size(); i++) {
			int index = (from + i) % rows.size();
			if (states.get(rows.get(index).conversation()) == ReviewState.TO_REVIEW) {
				table.setSelection(index);
				select(index);
				return;
			}
		}
		select(from);
	}

	private void showMessage(String text, boolean problem) {
		form.showMessage(text, problem);
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}

	@Override
	public void dispose() {
		if (context != null) {
			context.removeListener(listener);
		}
		if (requests != null) {
			requests.cancel();
		}
		services.close();
		super.dispose();
	}

	// --- for tests -------------------------------------------------------------------------------------------------

	/** Sets the sample's settings as a person would on the bar: per agent, seed, and the list instead of the scope. */
	public void setSampling(int conversationsPerAgent, int drawSeed, boolean fromList) {
		perAgent.setSelection(conversationsPerAgent);
		seed.setSelection(drawSeed);
		from.select(fromList ? 1 : 0);
	}

	/** @return the sample shown */
	public Optional<QaSample> sample() {
		return sample;
	}

	/** Selects the sample's conversation {@code conversation}, as a click on its row would. */
	public void review(String conversation) {
		List<QaCandidate> rows = sample.map(QaSample::conversations).orElse(List.of());
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).conversation().equals(conversation)) {
				table.setSelection(i);
				select(i);
				return;
			}
		}
		throw new IllegalArgumentException("not in the sample: " + conversation);
	}

	/** Answers a criterion of the selected conversation, as a click on Pass or Fail would. */
	public void answer(String criterion, boolean passes) {
		form.answer(criterion, passes);
	}

	public void setComment(String comment) {
		form.setComment(comment);
	}

	public void setReviewer(String reviewer) {
		form.setReviewer(reviewer);
	}

	public ReviewState state(String conversation) {
		return states.getOrDefault(conversation, ReviewState.TO_REVIEW);
	}

	/** @return the running score as the form shows it */
	public String scoreText() {
		return form.scoreText();
	}

	/** @return the message under the form: saved, or why not */
	public String message() {
		return form.message();
	}
}
