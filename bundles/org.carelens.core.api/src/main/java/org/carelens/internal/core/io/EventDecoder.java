package org.carelens.internal.core.io;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.carelens.core.api.Author;
import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Direction;
import org.carelens.core.api.Event;
import org.carelens.core.api.EventHeader;
import org.carelens.core.api.EventType;
import org.carelens.core.api.Identity;
import org.carelens.core.api.IdentityKind;
import org.carelens.core.api.Priority;
import org.carelens.core.api.Stage;
import org.carelens.core.api.SurveyKind;
import org.carelens.core.api.WireValue;
import org.carelens.core.api.io.EventFormatException;
import org.carelens.internal.core.json.JsonMember;
import org.carelens.internal.core.json.JsonNumber;
import org.carelens.internal.core.json.JsonParser;
import org.carelens.internal.core.json.JsonSyntaxException;

/**
 * Reads one event from JSON text, collecting every problem instead of stopping at the first.
 */
public final class EventDecoder {

	/** Ids and names longer than this are rejected: they are a sign of a broken producer, not of real data. */
	static final int MAX_ID_LENGTH = 512;

	private static final Set<String> COMMON = Set.of("id", "type", "at", "conversation", "customer", "channel",
			"channel_instance", "agent", "team");

	private static final Map<EventType, Set<String>> TYPE_FIELDS = Map.ofEntries(
			Map.entry(EventType.CONVERSATION_OPENED, Set.of("direction", "priority", "stage", "topic", "sla_policy")),
			Map.entry(EventType.MESSAGE, Set.of("author", "public")),
			Map.entry(EventType.ESCALATED, Set.of("tier")),
			Map.entry(EventType.TAGGED, Set.of("topic", "stage", "priority", "outcome")),
			Map.entry(EventType.QUEUE_ENTERED, Set.of("queue")),
			Map.entry(EventType.HANDLE, Set.of("talk_s", "hold_s", "wrap_s")),
			Map.entry(EventType.SURVEY_SENT, Set.of("survey", "kind")),
			Map.entry(EventType.SURVEY_RESPONSE, Set.of("survey", "kind", "score", "comment")),
			Map.entry(EventType.QA_REVIEW, Set.of("scorecard", "score", "critical_failed", "reviewer")),
			Map.entry(EventType.ORDER, Set.of("amount", "currency", "margin")),
			Map.entry(EventType.CUSTOMER_IDENTITY, Set.of("identities")));

	private static final String KNOWN_TYPES = allowed(EventType.values());

	/** The members as parsed: a dozen at most, so a linear search beats building a map for every event. */
	private final List<JsonMember> members;
	private final List<String> problems = new ArrayList<>(2);

	private EventDecoder(List<JsonMember> members) {
		this.members = members;
	}

	private JsonMember member(String name) {
		for (int i = 0, n = members.size(); i < n; i++) {
			JsonMember member = members.get(i);
			if (member.name().equals(name)) {
				return member;
			}
		}
		return null;
	}

	public static Event decode(String json) throws EventFormatException {
		List<JsonMember> parsed;
		try {
			parsed = JsonParser.parseObject(json);
		} catch (JsonSyntaxException e) {
			throw new EventFormatException(List.of("not valid JSON: " + e.describe()));
		}
		EventDecoder decoder = new EventDecoder(parsed);
		Event event = decoder.event(parsed);
		if (!decoder.problems.isEmpty()) {
			throw new EventFormatException(decoder.problems);
		}
		return event;
	}

	private Event event(List<JsonMember> inOrder) {
		String id = requiredId("id");
		Optional<EventType> type = type();
		Instant at = instant();
		if (type.isEmpty()) {
			return null;
		}
		EventType t = type.get();
		Optional<String> conversation = t.conversationScoped() ? Optional.ofNullable(requiredId("conversation"))
				: optionalId("conversation");
		boolean customerRequired = t == EventType.CONVERSATION_OPENED || t == EventType.ORDER
				|| t == EventType.CUSTOMER_IDENTITY;
		Optional<String> customer = customerRequired ? Optional.ofNullable(requiredId("customer"))
				: optionalId("customer");
		Optional<ChannelKind> channel = t == EventType.CONVERSATION_OPENED
				? Optional.ofNullable(required("channel", this::channel))
				: optionalEnum("channel", ChannelKind.values());
		Optional<String> channelInstance = optionalId("channel_instance");
		boolean agentRequired = t == EventType.ASSIGNED || t == EventType.TRANSFERRED || t == EventType.QUEUE_ANSWERED;
		Optional<String> agent = agentRequired ? Optional.ofNullable(requiredId("agent")) : optionalId("agent");
		Optional<String> team = optionalId("team");

		Set<String> typeFields = TYPE_FIELDS.getOrDefault(t, Set.of());
		Map<String, String> extensions = Map.of();
		for (JsonMember member : inOrder) {
			if (!COMMON.contains(member.name()) && !typeFields.contains(member.name())) {
				if (extensions.isEmpty()) {
					extensions = new LinkedHashMap<>();
				}
				extensions.put(member.name(), member.raw());
			}
		}
		EventHeader header = null;
		if (id != null && at != null) {
			header = new EventHeader(id, at, conversation, customer, channel, channelInstance, agent, team, extensions);
		}
		Event event = payload(t, header);
		return problems.isEmpty() ? event : null;
	}

	private Event payload(EventType type, EventHeader header) {
		switch (type) {
		case CONVERSATION_OPENED: {
			Direction direction = optionalEnum("direction", Direction.values()).orElse(Direction.INBOUND);
			Optional<Priority> priority = optionalEnum("priority", Priority.values());
			Optional<Stage> stage = optionalEnum("stage", Stage.values());
			Optional<String> topic = optionalText("topic");
			Optional<String> slaPolicy = optionalId("sla_policy");
			return ok() ? new Event.ConversationOpened(header, direction, priority, stage, topic, slaPolicy) : null;
		}
		case MESSAGE: {
			Author author = required("author", name -> enumValue(name, Author.values()));
			boolean isPublic = optionalBoolean("public").orElse(Boolean.TRUE);
			return ok() ? new Event.Message(header, author, isPublic) : null;
		}
		case ASSIGNED:
			return ok() ? new Event.Assigned(header) : null;
		case TRANSFERRED:
			return ok() ? new Event.Transferred(header) : null;
		case ESCALATED: {
			Optional<String> tier = optional("tier", this::tier);
			return ok() ? new Event.Escalated(header, tier) : null;
		}
		case BOT_HANDOFF:
			return ok() ? new Event.BotHandoff(header) : null;
		case RESOLVED:
			return ok() ? new Event.Resolved(header) : null;
		case REOPENED:
			return ok() ? new Event.Reopened(header) : null;
		case TAGGED: {
			Optional<String> topic = optionalText("topic");
			Optional<Stage> stage = optionalEnum("stage", Stage.values());
			Optional<Priority> priority = optionalEnum("priority", Priority.values());
			Optional<String> outcome = optionalText("outcome");
			if (ok() && topic.isEmpty() && stage.isEmpty() && priority.isEmpty() && outcome.isEmpty()) {
				problems.add("tagged event names none of 'topic', 'stage', 'priority', 'outcome'");
			}
			return ok() ? new Event.Tagged(header, topic, stage, priority, outcome) : null;
		}
		case QUEUE_ENTERED: {
			Optional<String> queue = optionalId("queue");
			return ok() ? new Event.QueueEntered(header, queue) : null;
		}
		case QUEUE_ANSWERED:
			return ok() ? new Event.QueueAnswered(header) : null;
		case QUEUE_ABANDONED:
			return ok() ? new Event.QueueAbandoned(header) : null;
		case HANDLE: {
			Duration talk = required("talk_s", this::seconds);
			Duration hold = required("hold_s", this::seconds);
			Duration wrap = required("wrap_s", this::seconds);
			return ok() ? new Event.Handle(header, talk, hold, wrap) : null;
		}
		case SURVEY_SENT: {
			String survey = requiredId("survey");
			SurveyKind kind = required("kind", name -> enumValue(name, SurveyKind.values()));
			return ok() ? new Event.SurveySent(header, survey, kind) : null;
		}
		case SURVEY_RESPONSE: {
			String survey = requiredId("survey");
			SurveyKind kind = required("kind", name -> enumValue(name, SurveyKind.values()));
			Double score = required("score", this::finiteNumber);
			if (kind != null && score != null && !kind.accepts(score)) {
				problems.add(scoreRangeProblem(kind, score));
			}
			Optional<String> comment = optionalText("comment");
			return ok() ? new Event.SurveyResponse(header, survey, kind, score, comment) : null;
		}
		case QA_REVIEW: {
			String scorecard = requiredId("scorecard");
			Double score = required("score", this::finiteNumber);
			if (score != null && !(score >= 0 && score <= 100)) {
				problems.add("QA score " + format(score) + " is out of range 0–100");
			}
			boolean critical = optionalBoolean("critical_failed").orElse(Boolean.FALSE);
			String reviewer = requiredId("reviewer");
			return ok() ? new Event.QaReview(header, scorecard, score, critical, reviewer) : null;
		}
		case ORDER: {
			BigDecimal amount = required("amount", this::decimal);
			Optional<String> currency = optional("currency", this::currency);
			Optional<BigDecimal> margin = optional("margin", this::decimal);
			return ok() ? new Event.Order(header, amount, currency, margin) : null;
		}
		case CUSTOMER_IDENTITY: {
			List<Identity> identities = required("identities", this::identities);
			return ok() ? new Event.CustomerIdentity(header, identities) : null;
		}
		default:
			throw new IllegalStateException("unhandled event type " + type);
		}
	}

	private boolean ok() {
		return problems.isEmpty();
	}

	// --- common fields ---------------------------------------------------------------------------------------

	private Optional<EventType> type() {
		JsonMember member = member("type");
		if (member == null || member.value() == JsonParser.NULL) {
			problems.add("missing required field 'type'");
			return Optional.empty();
		}
		if (!(member.value() instanceof String wire)) {
			problems.add("field 'type' must be a string, not " + member.raw());
			return Optional.empty();
		}
		Optional<EventType> type = EventType.fromWire(wire);
		if (type.isEmpty()) {
			problems.add("unknown event type '" + wire + "' (known: " + KNOWN_TYPES + ")");
		}
		return type;
	}

	private Instant instant() {
		return required("at", name -> {
			String text = string(name);
			if (text == null) {
				return null;
			}
			Instant usual = IsoInstants.parseUsual(text);
			if (usual != null) {
				return usual;
			}
			try {
				return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
			} catch (DateTimeParseException e) {
				if (isLocalDateTime(text)) {
					problems.add("timestamp 'at' \"" + text + "\" has no zone offset (add Z or an offset such as +07:00)");
				} else {
					problems.add("timestamp 'at' \"" + text
							+ "\" is not an ISO-8601 instant such as 2026-02-10T08:15:00+07:00");
				}
				return null;
			}
		});
	}

	private static boolean isLocalDateTime(String text) {
		try {
			LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
			return true;
		} catch (DateTimeParseException e) {
			return false;
		}
	}

	// --- field access ----------------------------------------------------------------------------------------

	private interface FieldReader<T> {
		/** @return the value, or null after adding a problem */
		T read(String name);
	}

	private <T> T required(String name, FieldReader<T> reader) {
		JsonMember member = member(name);
		if (member == null) {
			problems.add("missing required field '" + name + "'");
			return null;
		}
		if (member.value() == JsonParser.NULL) {
			problems.add("required field '" + name + "' is null");
			return null;
		}
		return reader.read(name);
	}

	/** An absent or null optional field is no value. */
	private <T> Optional<T> optional(String name, FieldReader<T> reader) {
		JsonMember member = member(name);
		if (member == null || member.value() == JsonParser.NULL) {
			return Optional.empty();
		}
		return Optional.ofNullable(reader.read(name));
	}

	private String requiredId(String name) {
		return required(name, this::id);
	}

	private Optional<String> optionalId(String name) {
		return optional(name, this::id);
	}

	private Optional<String> optionalText(String name) {
		return optional(name, this::string);
	}

	private Optional<Boolean> optionalBoolean(String name) {
		return optional(name, field -> typed(field, Boolean.class, "true or false"));
	}

	private <E extends Enum<E> & WireValue> Optional<E> optionalEnum(String name, E[] values) {
		return optional(name, field -> enumValue(field, values));
	}

	private ChannelKind channel(String name) {
		return enumValue(name, ChannelKind.values());
	}

	/** @return the field's value when it is of {@code type}; otherwise null, after adding a problem */
	private <T> T typed(String name, Class<T> type, String expected) {
		JsonMember member = member(name);
		if (type.isInstance(member.value())) {
			return type.cast(member.value());
		}
		problems.add("field '" + name + "' must be " + expected + ", not " + member.raw());
		return null;
	}

	private String string(String name) {
		return typed(name, String.class, "a string");
	}

	private String id(String name) {
		String value = string(name);
		if (value == null) {
			return null;
		}
		if (value.isBlank()) {
			problems.add("field '" + name + "' is empty");
			return null;
		}
		if (value.length() > MAX_ID_LENGTH) {
			problems.add("field '" + name + "' is longer than " + MAX_ID_LENGTH + " characters");
			return null;
		}
		return value;
	}

	private <E extends Enum<E> & WireValue> E enumValue(String name, E[] values) {
		String wire = string(name);
		if (wire == null) {
			return null;
		}
		for (E value : values) {
			if (value.wire().equals(wire)) {
				return value;
			}
		}
		problems.add("field '" + name + "' has unknown value \"" + wire + "\" (allowed: " + allowed(values) + ")");
		return null;
	}

	private JsonNumber number(String name) {
		return typed(name, JsonNumber.class, "a number");
	}

	private Double finiteNumber(String name) {
		JsonNumber number = number(name);
		if (number == null) {
			return null;
		}
		double value = number.doubleValue();
		if (!Double.isFinite(value)) {
			problems.add("field '" + name + "' is too large: " + number.text());
			return null;
		}
		return value;
	}

	private BigDecimal decimal(String name) {
		JsonNumber number = number(name);
		return number == null ? null : number.decimalValue();
	}

	private Duration seconds(String name) {
		JsonNumber number = number(name);
		if (number == null) {
			return null;
		}
		BigDecimal seconds = number.decimalValue();
		if (seconds.signum() < 0) {
			problems.add("field '" + name + "' must not be negative: " + number.text());
			return null;
		}
		if (seconds.compareTo(BigDecimal.valueOf(366L * 24 * 3600)) > 0) {
			problems.add("field '" + name + "' is more than a year: " + number.text() + " s");
			return null;
		}
		BigDecimal nanos = seconds.movePointRight(9);
		if (nanos.stripTrailingZeros().scale() > 0) {
			problems.add("field '" + name + "' has more than nanosecond precision: " + number.text());
			return null;
		}
		return Duration.ofNanos(nanos.longValueExact());
	}

	private String tier(String name) {
		Object value = member(name).value();
		if (value instanceof String s && !s.isBlank()) {
			return s;
		}
		if (value instanceof JsonNumber n && n.isInteger()) {
			return n.text();
		}
		problems.add("field 'tier' must be a name or a whole number, not " + member(name).raw());
		return null;
	}

	private String currency(String name) {
		String value = string(name);
		if (value != null && !value.matches("[A-Z]{3}")) {
			problems.add("field 'currency' must be an ISO 4217 code such as VND, not \"" + value + "\"");
			return null;
		}
		return value;
	}

	private List<Identity> identities(String name) {
		Object value = member(name).value();
		if (!(value instanceof List<?> list)) {
			problems.add("field 'identities' must be a list of {kind, value} objects");
			return null;
		}
		if (list.isEmpty()) {
			problems.add("field 'identities' is empty");
			return null;
		}
		List<Identity> identities = new ArrayList<>(list.size());
		for (int i = 0; i < list.size(); i++) {
			Identity identity = identity(list.get(i), i);
			if (identity != null) {
				identities.add(identity);
			}
		}
		return identities.size() == list.size() ? identities : null;
	}

	private Identity identity(Object element, int index) {
		String where = "identities[" + index + "]";
		if (!(element instanceof List<?> members) || !members.stream().allMatch(JsonMember.class::isInstance)) {
			problems.add(where + " must be an object {kind, value}");
			return null;
		}
		IdentityKind kind = null;
		String value = null;
		for (Object o : members) {
			JsonMember m = (JsonMember) o;
			if (m.name().equals("kind") && m.value() instanceof String s) {
				kind = Arrays.stream(IdentityKind.values()).filter(k -> k.wire().equals(s)).findFirst().orElse(null);
				if (kind == null) {
					problems.add(where + ".kind has unknown value \"" + s + "\" (allowed: "
							+ allowed(IdentityKind.values()) + ")");
					return null;
				}
			} else if (m.name().equals("value") && m.value() instanceof String s && !s.isBlank()) {
				value = s;
			}
		}
		if (kind == null || value == null) {
			problems.add(where + " needs a string 'kind' and a non-empty string 'value'");
			return null;
		}
		return new Identity(kind, value);
	}

	private static String allowed(WireValue[] values) {
		return Arrays.stream(values).map(WireValue::wire).collect(Collectors.joining(", "));
	}

	private static String scoreRangeProblem(SurveyKind kind, double score) {
		return kind.wire() + " score " + format(score) + " is out of range " + kind.min() + "–" + kind.max()
				+ (kind.wholeNumbers() ? " (whole numbers)" : "");
	}

	private static String format(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
				: Double.toString(value);
	}
}
