package org.carelens.internal.surveys.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.carelens.core.api.survey.DispatchPolicy;
import org.carelens.internal.reports.ui.ReportContext;
import org.carelens.internal.ui.Formats;
import org.carelens.model.ChannelKind;
import org.carelens.model.CsiAttribute;
import org.carelens.model.Survey;
import org.carelens.model.SurveyKind;
import org.carelens.model.SurveyTrigger;
import org.carelens.model.Workspace;
import org.carelens.model.store.WorkspaceModelStore;
import org.carelens.reports.core.WorkspaceSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
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
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISaveablePart;
import org.eclipse.ui.part.ViewPart;

/**
 * The survey definitions of the workspace open in the Report perspective: a list of its surveys and a form for the
 * one selected (kind and scale, questions in Vietnamese and English, comment, channels, CSI attributes and weights,
 * dispatch policy). Edits stay in a working copy of the configuration until Save writes {@code workspace.carelens}
 * atomically; Revert reads the file again. The model's validator checks every edit, its messages about the selected
 * survey are shown at the top of the form, and a configuration it finds broken is not saved.
 */
public final class SurveyEditorView extends ViewPart implements ISaveablePart {

	public static final String ID = "org.carelens.surveys.ui.views.editor";
	/** The {@code setData} key under which the view names the widgets tests and tools look for. */
	public static final String WIDGET_KEY = "org.carelens.widget";

	private final NumberFormat numbers = NumberFormat.getNumberInstance();
	private final ReportContext.Listener follow = new ReportContext.Listener() {
		@Override
		public void sessionChanged(WorkspaceSession session) {
			// the same workspace opened again (new events counted) leaves unsaved edits alone
			if (!(dirty && store.map(s -> s.file().equals(new WorkspaceModelStore(session.directory()).file()))
					.orElse(false))) {
				show(session.directory());
			}
		}
	};
	private ReportContext context;

	private Label workspaceLabel;
	private Label problemsLabel;
	private Table list;
	private Composite form;
	private ScrolledComposite scroller;
	private Composite attributesPanel;
	private final Map<String, Control> fields = new LinkedHashMap<>();
	private final Map<ChannelKind, Button> channelButtons = new EnumMap<>(ChannelKind.class);
	private final Map<ChannelKind, Text> delayTexts = new EnumMap<>(ChannelKind.class);
	/** Text a person typed that is not a number, by field: the model keeps its last good value meanwhile. */
	private final Map<String, String> fieldErrors = new LinkedHashMap<>();
	private Label scaleLabel;
	private Label weightSum;
	private Button save;
	private Button revert;

	private Optional<WorkspaceModelStore> store = Optional.empty();
	private Optional<Workspace> workspace = Optional.empty();
	private Optional<Survey> selected = Optional.empty();
	private boolean dirty;
	/** Set while the form is filled from the model, so that filling it is no edit. */
	private boolean filling;

	@Override
	public void createPartControl(Composite parent) {
		numbers.setGroupingUsed(false);
		numbers.setMaximumFractionDigits(2);
		parent.setLayout(new GridLayout(1, false));
		Composite header = new Composite(parent, SWT.NONE);
		header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		header.setLayout(new GridLayout(3, false));
		workspaceLabel = new Label(header, SWT.WRAP);
		workspaceLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		workspaceLabel.setText(Messages.Editor_noWorkspace);
		save = button(header, "save", Messages.Editor_save);
		save.addListener(SWT.Selection, e -> doSave(null));
		revert = button(header, "revert", Messages.Editor_revert);
		revert.addListener(SWT.Selection, e -> revert());
		problemsLabel = new Label(parent, SWT.WRAP);
		problemsLabel.setData(WIDGET_KEY, "problems");
		problemsLabel.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		problemsLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		createList(sash);
		scroller = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		form = new Composite(scroller, SWT.NONE);
		scroller.setContent(form);
		createForm(form);
		sash.setWeights(1, 3);

		context = ReportContext.of(getSite().getWorkbenchWindow());
		context.addListener(follow);
		context.session().ifPresent(s -> show(s.directory()));
		update();
	}

	private void createList(Composite parent) {
		Composite panel = new Composite(parent, SWT.NONE);
		panel.setLayout(new GridLayout(3, true));
		list = new Table(panel, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		list.setData(WIDGET_KEY, "surveys");
		list.setHeaderVisible(true);
		list.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		for (String title : new String[] { Messages.Editor_colName, Messages.Editor_colKind }) {
			new TableColumn(list, SWT.LEFT).setText(title);
		}
		list.getColumn(0).setWidth(190);
		list.getColumn(1).setWidth(60);
		list.addListener(SWT.Selection, e -> select(list.getSelectionIndex()));
		button(panel, "add", Messages.Editor_add).addListener(SWT.Selection, e -> workspace.ifPresent(w -> {
			Survey added = SurveyDrafts.add(w, SurveyKind.CSAT, Messages.Editor_newName);
			edited();
			refreshList();
			select(w.getSurveys().indexOf(added));
		}));
		button(panel, "duplicate", Messages.Editor_duplicate).addListener(SWT.Selection, e -> selected.ifPresent(s -> {
			Survey copy = SurveyDrafts.duplicate(workspace.orElseThrow(), s, NLS.bind(Messages.Editor_copyName,
					s.getName()));
			edited();
			refreshList();
			select(workspace.orElseThrow().getSurveys().indexOf(copy));
		}));
		button(panel, "remove", Messages.Editor_remove).addListener(SWT.Selection, e -> selected.ifPresent(s -> {
			if (MessageDialog.openQuestion(getSite().getShell(), Messages.Editor_removeTitle,
					NLS.bind(Messages.Editor_removeQuestion, label(s)))) {
				int index = workspace.orElseThrow().getSurveys().indexOf(s);
				workspace.orElseThrow().getSurveys().remove(s);
				edited();
				refreshList();
				select(Math.min(index, workspace.orElseThrow().getSurveys().size() - 1));
			}
		}));
		for (Control child : panel.getChildren()) {
			if (child instanceof Button b) {
				b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			}
		}
	}

	private void createForm(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		Group definition = group(parent, Messages.Editor_definition, 4);
		text(definition, "id", Messages.Editor_id, 1, s -> s.setId(((Text) fields.get("id")).getText().strip()));
		text(definition, "name", Messages.Editor_name, 1, s -> s.setName(((Text) fields.get("name")).getText()));
		label(definition, Messages.Editor_kind);
		Combo kind = new Combo(definition, SWT.READ_ONLY);
		for (SurveyKind k : SurveyKind.VALUES) {
			kind.add(kindLabel(k));
		}
		field("kind", kind);
		kind.addListener(SWT.Selection, e -> edit(s -> {
			SurveyDrafts.setKind(s, SurveyKind.get(kind.getSelectionIndex()));
			fill();
			refreshList();
		}));
		scaleLabel = new Label(definition, SWT.WRAP);
		scaleLabel.setData(WIDGET_KEY, "scale");
		scaleLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		text(definition, "questionVi", Messages.Editor_questionVi, 3,
				s -> s.setQuestionVi(((Text) fields.get("questionVi")).getText()));
		text(definition, "questionEn", Messages.Editor_questionEn, 3,
				s -> s.setQuestionEn(((Text) fields.get("questionEn")).getText()));
		Button comment = new Button(definition, SWT.CHECK);
		comment.setText(Messages.Editor_comment);
		comment.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 4, 1));
		field("comment", comment);
		comment.addListener(SWT.Selection, e -> edit(s -> {
			if (comment.getSelection()) {
				String[] prompt = SurveyDrafts.standardComment();
				s.setCommentVi(prompt[0]);
				s.setCommentEn(prompt[1]);
			} else {
				s.setCommentVi(null);
				s.setCommentEn(null);
			}
			fill();
		}));
		text(definition, "commentVi", Messages.Editor_commentVi, 3,
				s -> s.setCommentVi(blankToNull(((Text) fields.get("commentVi")).getText())));
		text(definition, "commentEn", Messages.Editor_commentEn, 3,
				s -> s.setCommentEn(blankToNull(((Text) fields.get("commentEn")).getText())));
		label(definition, Messages.Editor_channels);
		Composite channels = new Composite(definition, SWT.NONE);
		channels.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		channels.setLayout(new GridLayout(ChannelKind.VALUES.size(), false));
		for (ChannelKind channel : ChannelKind.VALUES) {
			Button check = new Button(channels, SWT.CHECK);
			check.setText(channelLabel(channel));
			check.setData(WIDGET_KEY, "channel." + channel.getLiteral());
			channelButtons.put(channel, check);
			check.addListener(SWT.Selection, e -> edit(s -> {
				if (check.getSelection()) {
					if (!s.getChannels().contains(channel)) {
						s.getChannels().add(channel);
					}
				} else {
					s.getChannels().remove(channel);
				}
			}));
		}

		Group attributes = group(parent, Messages.Editor_attributes, 1);
		attributesPanel = new Composite(attributes, SWT.NONE);
		attributesPanel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Composite weights = new Composite(attributes, SWT.NONE);
		weights.setLayout(new GridLayout(2, false));
		weightSum = new Label(weights, SWT.NONE);
		weightSum.setData(WIDGET_KEY, "weightSum");
		weightSum.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		button(weights, "normalise", Messages.Editor_normalise).addListener(SWT.Selection, e -> edit(s -> {
			if (!SurveyDrafts.normaliseWeights(s)) {
				MessageDialog.openInformation(getSite().getShell(), Messages.Editor_normalise,
						Messages.Editor_normaliseRefused);
			}
			fill();
		}));

		Group dispatch = group(parent, Messages.Editor_dispatch, 4);
		label(dispatch, Messages.Editor_trigger);
		Combo trigger = new Combo(dispatch, SWT.READ_ONLY);
		trigger.setItems(Messages.Editor_triggerResolved, Messages.Editor_triggerClosed, Messages.Editor_triggerCampaign);
		field("trigger", trigger);
		trigger.addListener(SWT.Selection,
				e -> edit(s -> SurveyDrafts.policy(s).setTrigger(SurveyTrigger.get(trigger.getSelectionIndex()))));
		text(dispatch, "campaignTopic", Messages.Editor_campaignTopic, 1,
				s -> SurveyDrafts.policy(s).setCampaignTopic(blankToNull(textOf("campaignTopic"))));
		text(dispatch, "closeAfter", Messages.Editor_closeAfter, 1,
				s -> SurveyDrafts.policy(s).setCloseAfter(blankToNull(textOf("closeAfter"))));
		hint(fields.get("closeAfter"), DispatchPolicy.DEFAULT.closeAfter().toString());
		text(dispatch, "linkLifetime", Messages.Editor_linkLifetime, 1,
				s -> SurveyDrafts.policy(s).setLinkLifetime(blankToNull(textOf("linkLifetime"))));
		hint(fields.get("linkLifetime"), DispatchPolicy.DEFAULT.linkLifetime().toString());
		text(dispatch, "samplingPercent", Messages.Editor_sampling, 1, s -> number("samplingPercent",
				Messages.Editor_sampling, v -> SurveyDrafts.policy(s).setSamplingPercent(v),
				() -> SurveyDrafts.policy(s).unsetSamplingPercent()));
		hint(fields.get("samplingPercent"), numbers.format(DispatchPolicy.DEFAULT.samplingRate() * 100));
		text(dispatch, "restDays", Messages.Editor_restDays, 1, s -> number("restDays", Messages.Editor_restDays,
				v -> SurveyDrafts.policy(s).setRestDays((int) Math.round(v)), () -> SurveyDrafts.policy(s).unsetRestDays()));
		hint(fields.get("restDays"), String.valueOf(DispatchPolicy.DEFAULT.restPeriod().toDays()));
		text(dispatch, "maxPer30Days", Messages.Editor_maxPer30Days, 1, s -> number("maxPer30Days",
				Messages.Editor_maxPer30Days, v -> SurveyDrafts.policy(s).setMaxPer30Days((int) Math.round(v)),
				() -> SurveyDrafts.policy(s).unsetMaxPer30Days()));
		hint(fields.get("maxPer30Days"), String.valueOf(DispatchPolicy.DEFAULT.maxPer30Days()));
		new Label(dispatch, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false, 2, 1));
		text(dispatch, "quietFrom", Messages.Editor_quietFrom, 1,
				s -> SurveyDrafts.policy(s).setQuietFrom(blankToNull(textOf("quietFrom"))));
		hint(fields.get("quietFrom"), DispatchPolicy.DEFAULT.quietHours().from().toString());
		text(dispatch, "quietUntil", Messages.Editor_quietUntil, 1,
				s -> SurveyDrafts.policy(s).setQuietUntil(blankToNull(textOf("quietUntil"))));
		hint(fields.get("quietUntil"), DispatchPolicy.DEFAULT.quietHours().until().toString());
		text(dispatch, "excludedTopics", Messages.Editor_excludedTopics, 3,
				s -> SurveyDrafts.setItems(SurveyDrafts.policy(s).getExcludedTopics(), textOf("excludedTopics")));
		hint(fields.get("excludedTopics"), String.join(", ", DispatchPolicy.DEFAULT.excludedTopics().stream()
				.sorted().toList()));
		text(dispatch, "staffPatterns", Messages.Editor_staffPatterns, 3,
				s -> SurveyDrafts.setItems(SurveyDrafts.policy(s).getInternalCustomers(), textOf("staffPatterns")));
		((Text) fields.get("staffPatterns")).setMessage(Messages.Editor_staffPatternsHint); // none by default
		Label delays = new Label(dispatch, SWT.NONE);
		delays.setText(Messages.Editor_delays);
		delays.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 4, 1));
		for (ChannelKind channel : ChannelKind.VALUES) {
			label(dispatch, channelLabel(channel));
			Text delay = new Text(dispatch, SWT.BORDER);
			delay.setData(WIDGET_KEY, "delay." + channel.getLiteral());
			delay.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			hint(delay, DispatchPolicy.DEFAULT.delay(org.carelens.core.api.ChannelKind.valueOf(channel.getName()))
					.toString());
			delayTexts.put(channel, delay);
			delay.addListener(SWT.Modify, e -> edit(s -> SurveyDrafts.setDelay(s, channel, delay.getText())));
		}
		Label units = new Label(parent, SWT.WRAP);
		units.setText(Messages.Editor_durationsHelp);
		GridData unitsData = new GridData(SWT.FILL, SWT.TOP, true, false);
		unitsData.widthHint = 640; // wraps, rather than widening the form to one long line
		units.setLayoutData(unitsData);
	}

	// --- the workspace --------------------------------------------------------------------------------------

	/** Shows the surveys of the workspace in {@code directory}, read from its configuration file. */
	public void show(Path directory) {
		if (dirty && !MessageDialog.openQuestion(getSite().getShell(), Messages.Editor_discardTitle,
				Messages.Editor_discardQuestion)) {
			return;
		}
		store = Optional.of(new WorkspaceModelStore(directory));
		load();
	}

	private void load() {
		WorkspaceModelStore file = store.orElseThrow();
		try {
			workspace = file.exists() ? Optional.of(file.load()) : Optional.empty();
			workspaceLabel.setText(workspace.isPresent() ? NLS.bind(Messages.Editor_workspace, file.file())
					: NLS.bind(Messages.Editor_noConfiguration, file.file()));
		} catch (IOException e) {
			workspace = Optional.empty();
			workspaceLabel.setText(NLS.bind(Messages.Editor_loadFailed, file.file(), e.getMessage()));
		}
		fieldErrors.clear();
		setDirty(false);
		refreshList();
		select(workspace.map(w -> w.getSurveys().isEmpty() ? -1 : 0).orElse(-1));
		workspaceLabel.getParent().layout(true);
	}

	private void revert() {
		if (store.isPresent()) {
			load();
		}
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (workspace.isEmpty() || !dirty) {
			return;
		}
		List<String> problems = problems();
		if (!problems.isEmpty()) {
			MessageDialog.openError(getSite().getShell(), Messages.Editor_saveTitle,
					NLS.bind(Messages.Editor_saveRefused, String.join("\n", problems)));
			return;
		}
		try {
			store.orElseThrow().save(workspace.get());
			setDirty(false);
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(getSite().getShell(), Messages.Editor_saveTitle,
					NLS.bind(Messages.Editor_saveFailed, store.orElseThrow().file(), e.getMessage()));
		}
	}

	/** @return every reason not to save: numbers that are no numbers, then the validator's messages */
	public List<String> problems() {
		List<String> problems = new ArrayList<>(fieldErrors.values());
		workspace.ifPresent(w -> {
			w.getSurveys().forEach(s -> problems.addAll(SurveyDrafts.problems(w, s)));
			problems.addAll(SurveyDrafts.otherProblems(w));
		});
		return problems;
	}

	// --- selection and form --------------------------------------------------------------------------------

	private void refreshList() {
		list.removeAll();
		workspace.ifPresent(w -> {
			for (Survey survey : w.getSurveys()) {
				TableItem item = new TableItem(list, SWT.NONE);
				item.setText(new String[] { label(survey), kindLabel(survey.getKind()) });
			}
		});
	}

	/** Selects the survey at {@code index} of the list; none when out of range. */
	public void select(int index) {
		List<Survey> surveys = workspace.map(Workspace::getSurveys).map(l -> (List<Survey>) l).orElse(List.of());
		selected = index >= 0 && index < surveys.size() ? Optional.of(surveys.get(index)) : Optional.empty();
		if (selected.isPresent()) {
			list.setSelection(index);
		} else {
			list.deselectAll();
		}
		fieldErrors.clear();
		fill();
	}

	private void fill() {
		filling = true;
		try {
			setEnabled(form, selected.isPresent());
			Survey s = selected.orElse(null);
			setText("id", s == null ? "" : s.getId());
			setText("name", s == null ? "" : s.getName());
			((Combo) fields.get("kind")).select(s == null ? -1 : s.getKind().getValue());
			scaleLabel.setText(s == null ? "" : scaleText(s));
			setText("questionVi", s == null ? "" : s.getQuestionVi());
			setText("questionEn", s == null ? "" : s.getQuestionEn());
			boolean comment = s != null && (s.getCommentVi() != null || s.getCommentEn() != null);
			((Button) fields.get("comment")).setSelection(comment);
			setText("commentVi", s == null ? "" : s.getCommentVi());
			setText("commentEn", s == null ? "" : s.getCommentEn());
			fields.get("commentVi").setEnabled(comment);
			fields.get("commentEn").setEnabled(comment);
			channelButtons.forEach((c, b) -> b.setSelection(s != null && s.getChannels().contains(c)));
			fillAttributes(s);
			org.carelens.model.DispatchPolicy p = s == null ? null : s.getDispatch();
			((Combo) fields.get("trigger")).select(p == null ? 0 : p.getTrigger().getValue());
			setText("campaignTopic", p == null ? "" : p.getCampaignTopic());
			setText("closeAfter", p == null ? "" : p.getCloseAfter());
			setText("linkLifetime", p == null ? "" : p.getLinkLifetime());
			setText("samplingPercent", p == null || !p.isSetSamplingPercent() ? "" : numbers.format(p.getSamplingPercent()));
			setText("restDays", p == null || !p.isSetRestDays() ? "" : String.valueOf(p.getRestDays()));
			setText("maxPer30Days", p == null || !p.isSetMaxPer30Days() ? "" : String.valueOf(p.getMaxPer30Days()));
			setText("quietFrom", p == null ? "" : p.getQuietFrom());
			setText("quietUntil", p == null ? "" : p.getQuietUntil());
			setText("excludedTopics", p == null ? "" : String.join(", ", p.getExcludedTopics()));
			setText("staffPatterns", p == null ? "" : String.join(", ", p.getInternalCustomers()));
			delayTexts.forEach((c, t) -> t.setText(s == null ? "" : SurveyDrafts.delay(s, c).orElse("")));
		} finally {
			filling = false;
		}
		update();
		form.layout(true, true);
		scroller.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}

	private void fillAttributes(Survey s) {
		for (Control child : attributesPanel.getChildren()) {
			child.dispose();
		}
		fields.keySet().removeIf(k -> k.startsWith("attribute."));
		boolean csi = s != null && s.getKind() == SurveyKind.CSI;
		attributesPanel.getParent().setVisible(csi);
		((GridData) attributesPanel.getParent().getLayoutData()).exclude = !csi;
		if (!csi) {
			return;
		}
		attributesPanel.setLayout(new GridLayout(4, false));
		for (String title : new String[] { Messages.Editor_attributeKey, Messages.Editor_questionVi,
				Messages.Editor_questionEn, Messages.Editor_weight }) {
			Label heading = new Label(attributesPanel, SWT.NONE);
			heading.setText(title);
		}
		List<CsiAttribute> attributes = s.getAttributes();
		for (int i = 0; i < attributes.size(); i++) {
			CsiAttribute attribute = attributes.get(i);
			String key = "attribute." + i + ".";
			cell(key + "key", attribute.getKey(), 110, t -> attribute.setKey(t.strip()));
			cell(key + "questionVi", attribute.getQuestionVi(), 220, attribute::setQuestionVi);
			cell(key + "questionEn", attribute.getQuestionEn(), 220, attribute::setQuestionEn);
			cell(key + "weight", numbers.format(attribute.getWeight() * 100), 60,
					t -> number(key + "weight", NLS.bind(Messages.Editor_weightOf, attribute.getKey()),
							v -> attribute.setWeight(v / 100), () -> attribute.setWeight(0)));
		}
	}

	private void cell(String key, String value, int width, Consumer<String> write) {
		Text text = new Text(attributesPanel, SWT.BORDER);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, width > 100, false);
		data.widthHint = width;
		text.setLayoutData(data);
		text.setText(value == null ? "" : value);
		field(key, text);
		text.addListener(SWT.Modify, e -> edit(s -> write.accept(text.getText())));
	}

	/** Applies an edit of the selected survey made in the form. */
	private void edit(Consumer<Survey> change) {
		if (filling || selected.isEmpty()) {
			return;
		}
		change.accept(selected.get());
		edited();
		update();
	}

	private void edited() {
		setDirty(true);
	}

	/** Shows what the validator says about the selected survey, the weights' sum and whether Save can run. */
	private void update() {
		List<String> shown = new ArrayList<>(fieldErrors.values());
		workspace.ifPresent(w -> selected.ifPresent(s -> shown.addAll(SurveyDrafts.problems(w, s))));
		problemsLabel.setText(String.join("\n", shown));
		// no empty line above the form while the survey is valid
		((GridData) problemsLabel.getLayoutData()).exclude = shown.isEmpty();
		problemsLabel.setVisible(!shown.isEmpty());
		selected.filter(s -> s.getKind() == SurveyKind.CSI).ifPresent(s -> weightSum.setText(
				NLS.bind(Messages.Editor_weightSum, numbers.format(s.getAttributes().stream()
						.mapToDouble(CsiAttribute::getWeight).sum() * 100))));
		boolean valid = problems().isEmpty();
		save.setEnabled(dirty && valid);
		revert.setEnabled(dirty);
		if (selected.isPresent() && list.getSelectionIndex() >= 0) {
			list.getItem(list.getSelectionIndex()).setText(0, label(selected.get()));
		}
		problemsLabel.getParent().layout(true);
	}

	private void number(String key, String what, java.util.function.DoubleConsumer set, Runnable unset) {
		String text = textOf(key).strip();
		if (text.isEmpty()) {
			fieldErrors.remove(key);
			unset.run();
			return;
		}
		ParsePosition position = new ParsePosition(0);
		Number parsed = numbers.parse(text, position);
		if (parsed == null || position.getIndex() != text.length()) {
			fieldErrors.put(key, NLS.bind(Messages.Editor_notANumber, what, text));
			return;
		}
		fieldErrors.remove(key);
		set.accept(parsed.doubleValue());
	}

	// --- saveable part -----------------------------------------------------------------------------------------

	private void setDirty(boolean value) {
		if (dirty != value) {
			dirty = value;
			firePropertyChange(PROP_DIRTY);
		}
		if (save != null) {
			update();
		}
	}

	@Override
	public boolean isDirty() {
		return dirty;
	}

	@Override
	public void doSaveAs() {
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public boolean isSaveOnCloseNeeded() {
		return dirty;
	}

	@Override
	public void setFocus() {
		list.setFocus();
	}

	@Override
	public void dispose() {
		if (context != null) {
			context.removeListener(follow);
		}
		super.dispose();
	}

	/** @return the widget named {@code key} (tests) */
	public Optional<Control> field(String key) {
		return Optional.ofNullable(fields.get(key));
	}

	/** @return the text shown above the form: the validator's messages about the selected survey */
	public String shownProblems() {
		return problemsLabel.getText();
	}

	/** @return the button named {@code key}: save, revert, add, duplicate, remove, normalise (tests) */
	public Optional<Button> button(String key) {
		return findButton(getSite().getShell(), key);
	}

	private static Optional<Button> findButton(Composite parent, String key) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Button b && key.equals(b.getData(WIDGET_KEY))) {
				return Optional.of(b);
			}
			if (child instanceof Composite c) {
				Optional<Button> found = findButton(c, key);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	/** @return the surveys as listed */
	public List<String> listed() {
		List<String> items = new ArrayList<>();
		for (TableItem item : list.getItems()) {
			items.add(item.getText(0));
		}
		return items;
	}

	// --- widgets ----------------------------------------------------------------------------------------------

	private String textOf(String key) {
		return ((Text) fields.get(key)).getText();
	}

	private void setText(String key, String value) {
		((Text) fields.get(key)).setText(value == null ? "" : value);
	}

	private void text(Composite parent, String key, String title, int span, Consumer<Survey> write) {
		label(parent, title);
		Text text = new Text(parent, SWT.BORDER);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1);
		data.widthHint = span > 1 ? 420 : 140;
		text.setLayoutData(data);
		field(key, text);
		text.addListener(SWT.Modify, e -> edit(write));
	}

	private void field(String key, Control control) {
		control.setData(WIDGET_KEY, key);
		fields.put(key, control);
	}

	private static void hint(Control text, String value) {
		((Text) text).setMessage(NLS.bind(Messages.Editor_default, value));
	}

	private static Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		return label;
	}

	private static Group group(Composite parent, String title, int columns) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		group.setLayout(new GridLayout(columns, false));
		return group;
	}

	private static Button button(Composite parent, String key, String text) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setData(WIDGET_KEY, key);
		return button;
	}

	private static void setEnabled(Composite parent, boolean enabled) {
		for (Control child : parent.getChildren()) {
			child.setEnabled(enabled);
			if (child instanceof Composite c) {
				setEnabled(c, enabled);
			}
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	private static String label(Survey survey) {
		return survey.getName() == null || survey.getName().isBlank() ? survey.getId() : survey.getName();
	}

	static String kindLabel(SurveyKind kind) {
		return kind.getLiteral();
	}

	private static String channelLabel(ChannelKind channel) {
		return Formats.channel(org.carelens.core.api.ChannelKind.valueOf(channel.getName()));
	}

	/** @return the scale with what its ends mean, e.g. "1 to 5: 1 = very dissatisfied, 5 = very satisfied" */
	private static String scaleText(Survey survey) {
		String[] ends = switch (survey.getKind()) {
		case CSAT -> new String[] { Messages.Editor_csatLow, Messages.Editor_csatHigh };
		case NPS -> new String[] { Messages.Editor_npsLow, Messages.Editor_npsHigh };
		case CES -> new String[] { Messages.Editor_cesLow, Messages.Editor_cesHigh };
		case CSI -> new String[] { Messages.Editor_csiLow, Messages.Editor_csiHigh };
		};
		return NLS.bind(Messages.Editor_scale, new Object[] { survey.getScaleMin(), survey.getScaleMax(), ends[0],
				ends[1] });
	}
}
