package org.carelens.internal.reports.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.channel.ChannelInstance;
import org.carelens.core.api.org.Agent;
import org.carelens.core.api.workspace.WorkspaceConfig;
import org.carelens.internal.reports.ui.CounterVisit.Outcome;
import org.carelens.internal.reports.ui.CounterVisitEvents.Problem;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * The quick-entry form of a visit at a service counter: which counter, the customer, topic, agent, when it started
 * and ended, how it ended, a note and the customer's survey consent. It checks what is entered as it is typed
 * ({@link CounterVisitEvents#problems}) and gives the visit, with an id made once for the form, when it is valid.
 */
public final class CounterVisitDialog extends TitleAreaDialog {

	/** Common topics, offered in the topic box; any other can be typed (the workspace model has no topic list). */
	static final List<String> TOPICS = List.of("warranty", "repair", "payment", "delivery", "installation",
			"product_info", "complaint");

	private final WorkspaceConfig config;
	private final ZoneId zone;
	private final String id = UUID.randomUUID().toString();
	private final List<ChannelInstance> counters;
	private final List<Agent> agents;
	private final Map<String, Control> widgets = new java.util.LinkedHashMap<>();
	private final Map<Outcome, Button> outcomes = new EnumMap<>(Outcome.class);
	private Combo counter;
	private Text customer;
	private Text customerName;
	private Text phone;
	private Combo topic;
	private Combo agent;
	private DateTime startDate;
	private DateTime startTime;
	private DateTime endDate;
	private DateTime endTime;
	private Spinner minutesAgo;
	private Text note;
	private Button consent;
	private Optional<CounterVisit> visit = Optional.empty();

	public CounterVisitDialog(Shell parent, WorkspaceConfig config, ZoneId zone) {
		super(parent);
		this.config = config;
		this.zone = zone;
		this.counters = config.channels().values().stream().filter(c -> c.kind() == ChannelKind.IN_PERSON)
				.sorted(Comparator.comparing(ChannelInstance::name)).toList();
		this.agents = config.organization().agents().stream()
				.sorted(Comparator.comparing(Agent::name).thenComparing(Agent::id)).toList();
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Visit_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.Visit_title);
		setMessage(Messages.Visit_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		form.setLayout(new GridLayout(4, false));

		label(form, Messages.Visit_counter);
		counter = new Combo(form, SWT.READ_ONLY);
		counters.forEach(c -> counter.add(c.name()));
		if (counters.size() == 1) {
			counter.select(0);
		}
		span(counter, 3);
		put("counter", counter);

		label(form, Messages.Visit_customer);
		customer = text(form, "customer", 1);
		label(form, Messages.Visit_customerName);
		customerName = text(form, "customerName", 1);
		label(form, Messages.Visit_phone);
		phone = text(form, "phone", 1);
		label(form, Messages.Visit_topic);
		topic = new Combo(form, SWT.DROP_DOWN);
		TOPICS.forEach(topic::add);
		span(topic, 1);
		put("topic", topic);

		label(form, Messages.Visit_agent);
		agent = new Combo(form, SWT.READ_ONLY);
		agents.forEach(a -> agent.add(NLS.bind(Messages.Visit_agentItem, a.name(), a.id())));
		agent.setVisibleItemCount(15);
		span(agent, 3);
		put("agent", agent);

		ZonedDateTime now = ZonedDateTime.now(zone);
		label(form, Messages.Visit_start);
		startDate = new DateTime(form, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		startTime = new DateTime(form, SWT.TIME | SWT.SHORT | SWT.BORDER);
		Composite quick = new Composite(form, SWT.NONE);
		quick.setLayout(new GridLayout(3, false));
		Label started = new Label(quick, SWT.NONE);
		started.setText(Messages.Visit_startedAgo);
		minutesAgo = new Spinner(quick, SWT.BORDER);
		minutesAgo.setValues(10, 0, 24 * 60, 0, 5, 15);
		put("minutesAgo", minutesAgo);
		Button apply = new Button(quick, SWT.PUSH);
		apply.setText(Messages.Visit_minutesAgo);
		put("startedAgo", apply);
		apply.addListener(SWT.Selection, e -> startedMinutesAgo(minutesAgo.getSelection()));
		put("startDate", startDate);
		put("startTime", startTime);
		label(form, Messages.Visit_end);
		endDate = new DateTime(form, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		endTime = new DateTime(form, SWT.TIME | SWT.SHORT | SWT.BORDER);
		new Label(form, SWT.NONE);
		put("endDate", endDate);
		put("endTime", endTime);
		set(startDate, startTime, now);
		set(endDate, endTime, now);

		label(form, Messages.Visit_outcome);
		Composite choices = new Composite(form, SWT.NONE);
		span(choices, 3);
		choices.setLayout(new GridLayout(3, false));
		for (Outcome outcome : Outcome.values()) {
			Button radio = new Button(choices, SWT.RADIO);
			radio.setText(switch (outcome) {
			case RESOLVED -> Messages.Visit_resolved;
			case FOLLOW_UP -> Messages.Visit_followUp;
			case ESCALATED -> Messages.Visit_escalated;
			});
			radio.setSelection(outcome == Outcome.RESOLVED);
			put("outcome." + outcome.name(), radio);
			outcomes.put(outcome, radio);
		}

		Label noteLabel = label(form, Messages.Visit_note);
		noteLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		note = new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridData noteData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		noteData.heightHint = 60;
		note.setLayoutData(noteData);
		put("note", note);
		new Label(form, SWT.NONE);
		consent = new Button(form, SWT.CHECK);
		consent.setText(Messages.Visit_consent);
		span(consent, 3);
		put("consent", consent);

		for (Control control : widgets.values()) {
			control.addListener(control instanceof Text || control instanceof Combo c && (c.getStyle() & SWT.READ_ONLY) == 0
					? SWT.Modify : SWT.Selection, e -> check());
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		put("save", createButton(parent, IDialogConstants.OK_ID, Messages.Visit_save, true));
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.Visit_cancel, false);
		check();
	}

	/** Sets the start {@code minutes} before now and the end to now. */
	void startedMinutesAgo(int minutes) {
		ZonedDateTime now = ZonedDateTime.now(zone);
		set(startDate, startTime, now.minusMinutes(minutes));
		set(endDate, endTime, now);
		check();
	}

	private void check() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok == null) {
			return;
		}
		CounterVisit entered = entered();
		List<String> problems = new ArrayList<>();
		for (Problem problem : CounterVisitEvents.problems(entered, config, Instant.now())) {
			problems.add(switch (problem) {
			case UNKNOWN_CHANNEL -> counters.isEmpty() ? Messages.Visit_noCounters : Messages.Visit_chooseCounter;
			case NO_CUSTOMER -> Messages.Visit_noCustomer;
			case UNKNOWN_AGENT -> entered.agent().isEmpty() ? Messages.Visit_chooseAgent
					: NLS.bind(Messages.Visit_unknownAgent, entered.agent());
			case END_BEFORE_START -> Messages.Visit_endBeforeStart;
			case IN_THE_FUTURE -> Messages.Visit_inTheFuture;
			});
		}
		setErrorMessage(problems.isEmpty() ? null : problems.getFirst());
		ok.setEnabled(problems.isEmpty());
	}

	@Override
	protected void okPressed() {
		getButton(IDialogConstants.OK_ID).setEnabled(false); // a second click stores nothing more
		visit = Optional.of(entered());
		super.okPressed();
	}

	/** @return the visit entered, once the form was closed with Save */
	public Optional<CounterVisit> visit() {
		return visit;
	}

	/** @return the form's widgets by name (tests) */
	public Map<String, Control> widgets() {
		return widgets;
	}

	/** @return the message the form shows about what is wrong; empty when it can be saved */
	public Optional<String> problem() {
		return Optional.ofNullable(getErrorMessage());
	}

	private CounterVisit entered() {
		String channel = counter.getSelectionIndex() < 0 ? "" : counters.get(counter.getSelectionIndex()).id();
		String agentId = agent.getSelectionIndex() < 0 ? "" : agents.get(agent.getSelectionIndex()).id();
		Outcome outcome = outcomes.entrySet().stream().filter(e -> e.getValue().getSelection()).map(Map.Entry::getKey)
				.findFirst().orElse(Outcome.RESOLVED);
		return new CounterVisit(id, channel, customer.getText().strip(), Optional.of(customerName.getText()),
				Optional.of(phone.getText()), Optional.of(topic.getText()), agentId, instant(startDate, startTime),
				instant(endDate, endTime), outcome, Optional.of(note.getText()), consent.getSelection());
	}

	private Instant instant(DateTime date, DateTime time) {
		return LocalDateTime.of(date.getYear(), date.getMonth() + 1, date.getDay(), time.getHours(), time.getMinutes())
				.atZone(zone).toInstant();
	}

	private static void set(DateTime date, DateTime time, ZonedDateTime at) {
		date.setDate(at.getYear(), at.getMonthValue() - 1, at.getDayOfMonth());
		time.setTime(at.getHour(), at.getMinute(), 0);
	}

	private void put(String key, Control control) {
		control.setData(DashboardView.WIDGET_KEY, key);
		widgets.put(key, control);
	}

	private Text text(Composite parent, String key, int span) {
		Text text = new Text(parent, SWT.BORDER);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1);
		data.widthHint = 160;
		text.setLayoutData(data);
		put(key, text);
		return text;
	}

	private static void span(Control control, int columns) {
		control.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, columns, 1));
	}

	private static Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		return label;
	}
}
