package org.carelens.internal.channels.file;

import static java.util.Map.entry;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Priority;

/**
 * The built-in column mappings of common help-desk exports. Each is documented with the columns it reads; the
 * required ones must be in the file's header, the others are used when present.
 */
public final class Presets {

	/** The zone assumed for timestamps without offset until an instance says otherwise. */
	public static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");

	private Presets() {
	}

	/** @return the preset names, in the order a form lists them */
	public static List<String> names() {
		return List.of("zendesk", "freshdesk", "osticket", "chatwoot", "servicenow");
	}

	public static Optional<ColumnMapping> find(String name) {
		return Optional.ofNullable(switch (name) {
		case "zendesk" -> zendesk();
		case "freshdesk" -> freshdesk();
		case "osticket" -> osticket();
		case "chatwoot" -> chatwoot();
		case "servicenow" -> servicenow();
		default -> null;
		});
	}

	private static Map<Column, String> columns(Object... pairs) {
		Map<Column, String> columns = new EnumMap<>(Column.class);
		for (int i = 0; i < pairs.length; i += 2) {
			columns.put((Column) pairs[i], (String) pairs[i + 1]);
		}
		return columns;
	}

	/**
	 * Zendesk Support, <em>Reporting &gt; Export &gt; CSV</em> of tickets: {@code Id}, {@code Requester},
	 * {@code Created at} required; {@code Via}, {@code Priority}, {@code Status}, {@code Assignee},
	 * {@code Assigned at}, {@code Group}, {@code Ticket type}, {@code First reply time in minutes},
	 * {@code Solved at}, {@code Satisfaction Score} used when present. Timestamps {@code yyyy-MM-dd HH:mm:ss Z} or
	 * ISO; {@code Via} Mail/Web form/Chat/Phone call/Facebook/Twitter/Mobile/API; satisfaction Good = 5, Bad = 1.
	 */
	public static ColumnMapping zendesk() {
		return new ColumnMapping("Zendesk tickets", ColumnMapping.Mode.TICKETS,
				columns(Column.CONVERSATION, "Id", Column.CUSTOMER, "Requester", Column.OPENED_AT, "Created at",
						Column.CHANNEL, "Via", Column.PRIORITY, "Priority", Column.STATUS, "Status", Column.AGENT,
						"Assignee", Column.ASSIGNED_AT, "Assigned at", Column.TEAM, "Group", Column.TOPIC,
						"Ticket type", Column.FIRST_RESPONSE_MINUTES, "First reply time in minutes",
						Column.RESOLVED_AT, "Solved at", Column.SATISFACTION, "Satisfaction Score"),
				Timestamps.of("iso", "yyyy-MM-dd HH:mm:ss Z", "yyyy-MM-dd HH:mm Z", "dd/MM/yyyy HH:mm"), DEFAULT_ZONE,
				Map.ofEntries(entry("mail", ChannelKind.EMAIL), entry("email", ChannelKind.EMAIL),
						entry("web form", ChannelKind.EMAIL), entry("web", ChannelKind.EMAIL),
						entry("chat", ChannelKind.CHAT), entry("messaging", ChannelKind.CHAT),
						entry("phone call (incoming)", ChannelKind.VOICE), entry("phone", ChannelKind.VOICE),
						entry("voice", ChannelKind.VOICE), entry("facebook", ChannelKind.SOCIAL),
						entry("twitter", ChannelKind.SOCIAL), entry("whatsapp", ChannelKind.SOCIAL),
						entry("mobile", ChannelKind.APP), entry("mobile sdk", ChannelKind.APP)),
				ChannelKind.EMAIL,
				Map.of("low", Priority.LOW, "normal", Priority.NORMAL, "high", Priority.HIGH, "urgent",
						Priority.URGENT),
				Set.of("solved", "closed"), Map.of("good", 5, "bad", 1), Set.of("-"));
	}

	/**
	 * Freshdesk, <em>Tickets &gt; Export</em> (CSV): {@code Ticket ID}, {@code Contact ID}, {@code Created time}
	 * required; {@code Source}, {@code Priority}, {@code Status}, {@code Agent}, {@code Group}, {@code Type},
	 * {@code Initial response time}, {@code First response time (in hrs)}, {@code Resolved time},
	 * {@code Closed time}, {@code Survey results} used when present. Timestamps {@code yyyy-MM-dd HH:mm:ss};
	 * {@code Source} Email/Portal/Phone/Chat/Feedback Widget/Outbound Email/WhatsApp/Facebook/Twitter/Mobihelp;
	 * survey results Awesome/Happy = 5, Neutral = 3, Not Good/Unhappy = 1 (Freshdesk's three-point scale).
	 */
	public static ColumnMapping freshdesk() {
		return new ColumnMapping("Freshdesk tickets", ColumnMapping.Mode.TICKETS,
				columns(Column.CONVERSATION, "Ticket ID", Column.CUSTOMER, "Contact ID", Column.OPENED_AT,
						"Created time", Column.CHANNEL, "Source", Column.PRIORITY, "Priority", Column.STATUS, "Status",
						Column.AGENT, "Agent", Column.TEAM, "Group", Column.TOPIC, "Type", Column.FIRST_RESPONSE_AT,
						"Initial response time", Column.FIRST_RESPONSE_HOURS, "First response time (in hrs)",
						Column.RESOLVED_AT, "Resolved time", Column.CLOSED_AT, "Closed time", Column.SATISFACTION,
						"Survey results"),
				Timestamps.of("iso", "yyyy-MM-dd HH:mm:ss", "dd-MM-yyyy HH:mm:ss"), DEFAULT_ZONE,
				Map.ofEntries(entry("email", ChannelKind.EMAIL), entry("portal", ChannelKind.EMAIL),
						entry("outbound email", ChannelKind.EMAIL), entry("feedback widget", ChannelKind.EMAIL),
						entry("phone", ChannelKind.VOICE), entry("chat", ChannelKind.CHAT),
						entry("whatsapp", ChannelKind.SOCIAL), entry("facebook", ChannelKind.SOCIAL),
						entry("twitter", ChannelKind.SOCIAL), entry("mobihelp", ChannelKind.APP)),
				ChannelKind.EMAIL,
				Map.of("low", Priority.LOW, "medium", Priority.NORMAL, "high", Priority.HIGH, "urgent",
						Priority.URGENT),
				Set.of("resolved", "closed"),
				Map.of("awesome", 5, "happy", 5, "neutral", 3, "not good", 1, "unhappy", 1), Set.of());
	}

	/**
	 * osTicket, the staff panel's ticket <em>Export</em> (CSV): {@code Ticket Number}, {@code From Email},
	 * {@code Date Created} required; {@code Source}, {@code Priority}, {@code Current Status},
	 * {@code Agent Assigned}, {@code Team Assigned} (else {@code Department}), {@code Help Topic},
	 * {@code Closed Date} used when present. Timestamps {@code yyyy-MM-dd HH:mm:ss} or {@code MM/dd/yy h:mm a};
	 * {@code Source} Web/Email/Phone/API/Other; priority Low/Normal/High/Emergency.
	 */
	public static ColumnMapping osticket() {
		return new ColumnMapping("osTicket tickets", ColumnMapping.Mode.TICKETS,
				columns(Column.CONVERSATION, "Ticket Number", Column.CUSTOMER, "From Email", Column.OPENED_AT,
						"Date Created", Column.CHANNEL, "Source", Column.PRIORITY, "Priority", Column.STATUS,
						"Current Status", Column.AGENT, "Agent Assigned", Column.TEAM, "Department", Column.TOPIC,
						"Help Topic", Column.CLOSED_AT, "Closed Date"),
				Timestamps.of("iso", "yyyy-MM-dd HH:mm:ss", "M/d/yy h:mm a"), DEFAULT_ZONE,
				Map.of("web", ChannelKind.EMAIL, "email", ChannelKind.EMAIL, "phone", ChannelKind.VOICE, "api",
						ChannelKind.APP, "other", ChannelKind.IN_PERSON),
				ChannelKind.EMAIL,
				Map.of("low", Priority.LOW, "normal", Priority.NORMAL, "high", Priority.HIGH, "emergency",
						Priority.URGENT),
				Set.of("resolved", "closed"), Map.of(), Set.of());
	}

	/**
	 * Chatwoot conversations, as its {@code conversations} table is exported to CSV (Chatwoot's own report downloads
	 * are aggregates, not one row per conversation): {@code display_id}, {@code contact_id}, {@code created_at}
	 * required; {@code status} (0 open, 1 resolved, 2 pending, 3 snoozed, or the names), {@code priority} (0–3 or
	 * low/medium/high/urgent), {@code assignee_id}, {@code team_id}, {@code first_reply_created_at}, and
	 * {@code last_activity_at} (the resolution time of a resolved conversation) used when present. Timestamps in UTC,
	 * {@code yyyy-MM-dd HH:mm:ss[.ffffff]}. Every row is a chat.
	 */
	public static ColumnMapping chatwoot() {
		Map<String, Priority> priorities = new LinkedHashMap<>();
		priorities.putAll(Map.of("0", Priority.LOW, "1", Priority.NORMAL, "2", Priority.HIGH, "3", Priority.URGENT));
		priorities.putAll(Map.of("low", Priority.LOW, "medium", Priority.NORMAL, "high", Priority.HIGH, "urgent",
				Priority.URGENT));
		return new ColumnMapping("Chatwoot conversations", ColumnMapping.Mode.TICKETS,
				columns(Column.CONVERSATION, "display_id", Column.CUSTOMER, "contact_id", Column.OPENED_AT,
						"created_at", Column.STATUS, "status", Column.PRIORITY, "priority", Column.AGENT,
						"assignee_id", Column.TEAM, "team_id", Column.FIRST_RESPONSE_AT, "first_reply_created_at",
						Column.RESOLVED_AT, "last_activity_at"),
				Timestamps.of("iso"), DEFAULT_ZONE, Map.of(), ChannelKind.CHAT, priorities, Set.of("1", "resolved"),
				Map.of(), Set.of("null", "\\n"));
	}

	/**
	 * ServiceNow incidents as the audit event log of the UCI "Incident management process enriched event log"
	 * dataset: one row per update, {@code number}, {@code caller_id}, {@code opened_at}, {@code sys_updated_at}
	 * required; {@code incident_state}, {@code sys_mod_count}, {@code contact_type}, {@code priority},
	 * {@code category}, {@code assignment_group}, {@code assigned_to} used when present. Timestamps
	 * {@code dd-MM-yyyy HH:mm}; {@code ?} means empty; states Resolved and Closed are resolved, a later open state is
	 * a reopening; priorities "1 - Critical" … "4 - Low".
	 */
	public static ColumnMapping servicenow() {
		return new ColumnMapping("ServiceNow incident event log", ColumnMapping.Mode.EVENT_LOG,
				columns(Column.CONVERSATION, "number", Column.CUSTOMER, "caller_id", Column.OPENED_AT, "opened_at",
						Column.UPDATED_AT, "sys_updated_at", Column.UPDATE_KEY, "sys_mod_count", Column.STATUS,
						"incident_state", Column.CHANNEL, "contact_type", Column.PRIORITY, "priority", Column.TOPIC,
						"category", Column.TEAM, "assignment_group", Column.AGENT, "assigned_to"),
				Timestamps.of("dd-MM-yyyy HH:mm", "iso", "yyyy-MM-dd HH:mm:ss"), DEFAULT_ZONE,
				Map.of("phone", ChannelKind.VOICE, "email", ChannelKind.EMAIL, "self service", ChannelKind.APP,
						"direct opening", ChannelKind.IN_PERSON, "walk-in", ChannelKind.IN_PERSON, "chat",
						ChannelKind.CHAT, "iva", ChannelKind.CHAT, "virtual agent", ChannelKind.CHAT),
				ChannelKind.VOICE,
				Map.of("1 - critical", Priority.URGENT, "2 - high", Priority.HIGH, "3 - moderate", Priority.NORMAL,
						"4 - low", Priority.LOW),
				Set.of("resolved", "closed"), Map.of(), Set.of("?"));
	}
}
