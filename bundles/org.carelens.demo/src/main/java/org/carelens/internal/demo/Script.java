package org.carelens.internal.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.carelens.core.api.Author;
import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Direction;
import org.carelens.core.api.Event;
import org.carelens.core.api.EventHeader;
import org.carelens.core.api.Priority;
import org.carelens.core.api.Stage;
import org.carelens.core.api.SurveyKind;
import org.carelens.core.api.org.Agent;
import org.carelens.demo.DemoPlan;

/**
 * Writes the events of one demo conversation: how it arrives, who answers how fast, how it ends, and what the
 * customer says of it.
 */
final class Script {

	private static final String[] PRE_SALE_TOPICS = { "product_info", "product_info", "payment", "installation" };
	private static final String[] SALE_TOPICS = { "payment", "delivery", "delivery", "product_info" };
	private static final String[] AFTER_SALE_TOPICS = { "warranty", "repair", "delivery", "installation",
			"complaint", "payment", "warranty" };
	private static final long[] PRICES = { 199_000, 450_000, 890_000, 1_290_000, 3_490_000, 7_990_000, 15_990_000 };
	private static final String[] COMMENTS = { "Nhân viên nhiệt tình, giải quyết nhanh", "Chờ hơi lâu",
			"Rất hài lòng", "Cần cải thiện thời gian phản hồi", "Tư vấn rõ ràng", "Chưa giải quyết triệt để",
			"Good support, thank you" };

	private final Generator generator;
	private final DemoPlan plan;
	private final long number;
	private final ChannelKind channel;
	private final Instant opened;
	private final SplittableRandom r;
	private final boolean tail;
	private final String conversation;
	private final List<Event> events = new ArrayList<>();
	private int sequence;

	private String team;
	private Agent agent;
	private Optional<Duration> firstResponse = Optional.empty();
	private boolean troubled; // reopened, escalated or slow: customers rate such conversations lower

	/**
	 * @param tail whether the conversation arrives at the very end of the period, when the hotline's queue has backed
	 *             up: its callers wait minutes, and none gives up before the period ends
	 */
	Script(Generator generator, long number, ChannelKind channel, Instant opened, SplittableRandom random,
			boolean tail) {
		this.tail = tail;
		this.generator = generator;
		this.plan = generator.plan();
		this.number = number;
		this.channel = channel;
		this.opened = opened;
		this.r = random;
		this.conversation = "c" + plan.seed() + "-" + number;
	}

	void write() {
		int customer = generator.customer(r);
		generator.firstSight(customer, opened.minusSeconds(1), r);
		List<String> teams = plan.teamsByChannel().get(channel);
		team = teams.get(r.nextInt(teams.size()));
		agent = pickAgent();
		Stage stage = pick(new Stage[] { Stage.PRE_SALE, Stage.SALE, Stage.AFTER_SALE }, 0.25, 0.15);
		String topic = switch (stage) {
		case PRE_SALE -> PRE_SALE_TOPICS[r.nextInt(PRE_SALE_TOPICS.length)];
		case SALE -> SALE_TOPICS[r.nextInt(SALE_TOPICS.length)];
		case AFTER_SALE -> AFTER_SALE_TOPICS[r.nextInt(AFTER_SALE_TOPICS.length)];
		};
		Priority priority = topic.equals("complaint") ? Priority.HIGH
				: pick(new Priority[] { Priority.LOW, Priority.NORMAL, Priority.HIGH, Priority.URGENT }, 0.15, 0.65, 0.15);
		boolean outbound = channel == ChannelKind.VOICE && r.nextDouble() < 0.04;
		List<String> instances = plan.instances().get(channel);
		String instance = instances.get(r.nextInt(instances.size()));

		add(new Event.ConversationOpened(header(opened).withChannel(channel).withCustomer(customerId(customer, instance))
				.withChannelInstance(instance).withTeam(team), outbound ? Direction.OUTBOUND : Direction.INBOUND,
				Optional.of(priority), Optional.of(stage), Optional.of(topic),
				Optional.ofNullable(plan.slaPolicies().get(channel))));

		Instant end;
		if (outbound) {
			end = outboundCall();
		} else {
			end = switch (channel) {
			case VOICE -> call();
			case IN_PERSON -> counterVisit();
			default -> writtenConversation();
			};
		}
		if (end != null) {
			if (r.nextDouble() < 0.12) {
				retag(end);
			}
			if (!outbound) {
				afterResolution(end, stage, customer);
			}
		}
		// what would happen after the period has not happened yet: a conversation resolved later is still open
		Instant periodEnd = endOfPeriod();
		events.removeIf(event -> !event.at().isBefore(periodEnd));
		events.sort(Comparator.comparing(Event::at));
		events.forEach(generator::emit);
	}

	// --- how contacts go --------------------------------------------------------------------------------------

	/** @return when it was resolved, or null while open or abandoned */
	private Instant call() {
		add(new Event.QueueEntered(header(opened), Optional.of("q-" + team)));
		boolean busy = hourOf(opened) >= 9 && hourOf(opened) < 11 || hourOf(opened) >= 14 && hourOf(opened) < 16;
		double wait = tail ? Lognormal.seconds(r, 900, 0.5) : Lognormal.seconds(r, busy ? 30 : 14, 0.8);
		if (!tail && r.nextDouble() < (busy ? 0.08 : 0.04)) {
			// a third of the callers who give up do so within 5 seconds: short abandons
			double patience = r.nextDouble() < 0.3 ? r.nextDouble() * 4.9 : Lognormal.seconds(r, 45, 0.6);
			add(new Event.QueueAbandoned(header(opened.plusMillis((long) (patience * 1000)))));
			return null;
		}
		Instant answered = opened.plusMillis((long) (wait * 1000));
		add(new Event.QueueAnswered(header(answered).withAgent(agent.id()).withTeam(team)));
		firstResponse = Optional.of(Duration.between(opened, answered));
		long talk = Math.round(Lognormal.seconds(r, 210, 0.6));
		long hold = r.nextDouble() < 0.6 ? 0 : 10 + r.nextInt(80);
		long wrap = 15 + r.nextInt(60);
		Instant hangUp = answered.plusSeconds(talk + hold);
		add(new Event.Handle(header(hangUp.plusSeconds(wrap)).withAgent(agent.id()), Duration.ofSeconds(talk),
				Duration.ofSeconds(hold), Duration.ofSeconds(wrap)));
		if (r.nextDouble() < 0.85) {
			return resolve(hangUp.plusSeconds(wrap));
		}
		// not solved on the phone: escalated or handed over, and resolved by a call back later
		Instant later = followUp(hangUp.plusSeconds(wrap));
		return resolve(later);
	}

	private Instant outboundCall() {
		Instant answered = opened.plusSeconds(8 + r.nextInt(20));
		add(new Event.QueueAnswered(header(answered).withAgent(agent.id()).withTeam(team)));
		long talk = Math.round(Lognormal.seconds(r, 120, 0.5));
		add(new Event.Handle(header(answered.plusSeconds(talk + 20)).withAgent(agent.id()), Duration.ofSeconds(talk),
				Duration.ZERO, Duration.ofSeconds(20)));
		return resolve(answered.plusSeconds(talk + 20));
	}

	private Instant counterVisit() {
		add(new Event.QueueEntered(header(opened), Optional.of("counter")));
		Instant served = opened.plusSeconds(Math.round(Lognormal.seconds(r, 240, 0.7)));
		add(new Event.QueueAnswered(header(served).withAgent(agent.id()).withTeam(team)));
		firstResponse = Optional.of(Duration.between(opened, served));
		long talk = Math.round(Lognormal.seconds(r, 480, 0.5));
		add(new Event.Handle(header(served.plusSeconds(talk)).withAgent(agent.id()), Duration.ofSeconds(talk),
				Duration.ZERO, Duration.ofSeconds(60)));
		return resolve(served.plusSeconds(talk + 60));
	}

	/** Chat, social, app and email: bots, hand-offs, replies, notes. */
	private Instant writtenConversation() {
		Instant t = opened;
		add(new Event.Message(header(t), Author.CUSTOMER, true));
		if (channel == ChannelKind.EMAIL) {
			add(new Event.Message(header(t.plusSeconds(3)), Author.SYSTEM, true)); // auto-acknowledgement
		}
		if (channel != ChannelKind.EMAIL && r.nextDouble() < 0.55) {
			t = t.plusSeconds(2);
			add(new Event.Message(header(t), Author.BOT, true));
			if (r.nextDouble() < 0.2) {
				// the bot solved it: resolved without a human, and never answered by an agent
				return resolveWithoutAgent(t.plusSeconds(30 + r.nextInt(120)));
			}
			t = t.plusSeconds(20 + r.nextInt(150));
			add(new Event.BotHandoff(header(t)));
		}
		add(new Event.Assigned(header(t.plusSeconds(1)).withAgent(agent.id()).withTeam(team)));
		Instant reply = staffed(t.plusMillis((long) (1000 * Lognormal.seconds(r, firstResponseMedian(), 0.9))));
		if (reply.isAfter(endOfPeriod())) {
			return null; // still waiting for its first reply when the period ends
		}
		firstResponse = Optional.of(Duration.between(t, reply));
		if (r.nextDouble() < 0.1) {
			// an internal note shortly before the reply, never before the agent got the conversation
			Instant note = reply.minusSeconds(20).isAfter(t) ? reply.minusSeconds(20) : t;
			add(new Event.Message(header(note).withAgent(agent.id()), Author.AGENT, false));
		}
		add(new Event.Message(header(reply).withAgent(agent.id()), Author.AGENT, true));
		t = reply;
		int exchanges = 1 + (int) Math.min(5, -Math.log(1 - r.nextDouble()) * 1.2);
		for (int i = 1; i < exchanges; i++) {
			t = t.plusSeconds(Math.round(Lognormal.seconds(r, channel == ChannelKind.EMAIL ? 3600 : 90, 1.0)));
			add(new Event.Message(header(t), Author.CUSTOMER, true));
			if (r.nextDouble() < 0.4) {
				t = t.plusSeconds(10 + r.nextInt(60));
				add(new Event.Message(header(t), Author.CUSTOMER, true));
			}
			t = staffed(t.plusMillis((long) (1000 * Lognormal.seconds(r, replyMedian(), 0.9))));
			add(new Event.Message(header(t).withAgent(agent.id()), Author.AGENT, true));
		}
		if (r.nextDouble() < 0.1) {
			t = followUp(t);
		}
		if (t.isAfter(endOfPeriod()) || r.nextDouble() < 0.04) {
			return null; // left open: the backlog
		}
		return resolve(t.plusSeconds(30 + r.nextInt(600)));
	}

	private Instant followUp(Instant t) {
		troubled = true;
		if (r.nextDouble() < 0.5) {
			List<String> teams = plan.teamsByChannel().get(channel);
			String other = teams.get(r.nextInt(teams.size()));
			add(new Event.Escalated(header(t.plusSeconds(60)).withTeam(other), Optional.of("2")));
			team = other;
		} else {
			add(new Event.Transferred(header(t.plusSeconds(60)).withAgent(pickAgent().id())));
		}
		agent = pickAgent();
		Instant back = staffed(t.plusSeconds(Math.round(Lognormal.seconds(r, 4 * 3600, 1.0))));
		add(new Event.Message(header(back).withAgent(agent.id()), Author.AGENT, true));
		return back;
	}

	private Instant resolve(Instant at) {
		add(new Event.Resolved(header(at).withAgent(agent.id())));
		if (r.nextDouble() < 0.045) {
			troubled = true;
			Instant reopened = at.plusSeconds(2 * 3600 + r.nextInt(3 * 24 * 3600));
			add(new Event.Reopened(header(reopened)));
			add(new Event.Message(header(reopened), Author.CUSTOMER, true));
			Instant reply = staffed(reopened.plusSeconds(Math.round(Lognormal.seconds(r, replyMedian(), 0.9))));
			add(new Event.Message(header(reply).withAgent(agent.id()), Author.AGENT, true));
			Instant again = reply.plusSeconds(300 + r.nextInt(3600));
			add(new Event.Resolved(header(again).withAgent(agent.id())));
			return again;
		}
		return at;
	}

	private Instant resolveWithoutAgent(Instant at) {
		add(new Event.Resolved(header(at)));
		return at;
	}

	private void retag(Instant end) {
		Instant at = opened.plusMillis(Math.max(1000, Duration.between(opened, end).toMillis() / 2));
		if (r.nextBoolean()) {
			add(new Event.Tagged(header(at), Optional.of("complaint"), Optional.empty(), Optional.of(Priority.HIGH),
					Optional.empty()));
		} else {
			add(new Event.Tagged(header(at), Optional.empty(), Optional.empty(), Optional.of(Priority.URGENT),
					Optional.empty()));
		}
	}

	// --- after the resolution: surveys, QA, orders ------------------------------------------------------------

	private void afterResolution(Instant resolved, Stage stage, int customer) {
		if (firstResponse.map(d -> d.compareTo(target()) > 0).orElse(false)) {
			troubled = true;
		}
		survey(resolved, SurveyKind.CSAT, csatSendRate(), csatResponseRate());
		survey(resolved, SurveyKind.NPS, 0.10, 0.25);
		if (channel == ChannelKind.EMAIL || channel == ChannelKind.APP) {
			survey(resolved, SurveyKind.CES, 0.10, 0.30);
		}
		survey(resolved, SurveyKind.CSI, 0.03, 0.35);
		if (r.nextDouble() < 0.02) {
			double score = Math.max(0, Math.min(100, Math.round((82 + 9 * Lognormal.gaussian(r)) * 2) / 2.0));
			String reviewer = plan.organization().managerOf(Optional.of(team)).orElse("sup-" + team);
			add(new Event.QaReview(header(resolved.plusSeconds(86_400 + r.nextInt(3 * 86_400))),
					plan.scorecard(), score, r.nextDouble() < 0.03, reviewer));
		}
		if ((stage == Stage.PRE_SALE || stage == Stage.SALE) && r.nextDouble() < 0.28) {
			add(new Event.Tagged(header(resolved), Optional.empty(), Optional.empty(), Optional.empty(),
					Optional.of("converted")));
			long price = PRICES[r.nextInt(PRICES.length)];
			Instant ordered = resolved.plusSeconds(600 + r.nextInt(48 * 3600));
			if (ordered.isBefore(endOfPeriod())) {
				generator.emit(new Event.Order(EventHeader.of(id(), ordered).withCustomer(Generator.customerKey(customer)),
						BigDecimal.valueOf(price), Optional.of("VND"), Optional.of(BigDecimal.valueOf(18 + r.nextInt(18), 2))));
			}
		}
	}

	private void survey(Instant resolved, SurveyKind kind, double sendRate, double responseRate) {
		String survey = plan.surveys().get(kind.wire());
		if (survey == null || r.nextDouble() >= sendRate) {
			return;
		}
		long delay = switch (channel) {
		case EMAIL -> 24 * 3600;
		case VOICE -> 5; // the IVR asks at the end of the call
		default -> 300 + r.nextInt(900);
		};
		Instant sent = resolved.plusSeconds(delay);
		add(new Event.SurveySent(header(sent), survey, kind));
		if (r.nextDouble() >= responseRate) {
			return;
		}
		Instant answered = sent.plusSeconds(30 + r.nextInt(6 * 3600));
		Optional<String> comment = r.nextDouble() < 0.25 ? Optional.of(COMMENTS[r.nextInt(COMMENTS.length)])
				: Optional.empty();
		add(new Event.SurveyResponse(header(answered), survey, kind, score(kind), comment));
	}

	private double score(SurveyKind kind) {
		double u = r.nextDouble();
		boolean unhappy = troubled && r.nextDouble() < 0.5;
		return switch (kind) {
		case CSAT -> unhappy ? 1 + r.nextInt(3) : (u < 0.50 ? 5 : u < 0.85 ? 4 : u < 0.95 ? 3 : u < 0.98 ? 2 : 1);
		case NPS -> unhappy ? r.nextInt(7) : (u < 0.50 ? 9 + r.nextInt(2) : u < 0.80 ? 7 + r.nextInt(2) : r.nextInt(7));
		case CES -> unhappy ? 1 + r.nextInt(4) : (u < 0.75 ? 5 + r.nextInt(3) : 1 + r.nextInt(4));
		case CSI -> Math.max(0, Math.min(100, Math.round(((unhappy ? 55 : 78) + 10 * Lognormal.gaussian(r)) * 2) / 2.0));
		};
	}

	private double csatSendRate() {
		return switch (channel) {
		case VOICE -> 0.35;
		case IN_PERSON -> 0.30;
		case EMAIL, SOCIAL -> 0.50;
		default -> 0.60;
		};
	}

	private double csatResponseRate() {
		return switch (channel) {
		case VOICE -> 0.45;
		case EMAIL -> 0.15;
		case SOCIAL -> 0.30;
		case APP -> 0.40;
		case IN_PERSON -> 0.25;
		default -> 0.35;
		};
	}

	// --- timing helpers ---------------------------------------------------------------------------------------

	private double firstResponseMedian() {
		return switch (channel) {
		case CHAT -> 50;
		case SOCIAL -> 7 * 60;
		case APP -> 3 * 60;
		case EMAIL -> 3 * 3600;
		default -> 120;
		};
	}

	private double replyMedian() {
		return switch (channel) {
		case CHAT -> 45;
		case SOCIAL -> 4 * 60;
		case APP -> 2 * 60;
		case EMAIL -> 5 * 3600;
		default -> 120;
		};
	}

	/** METRICS.md's default first-response targets. */
	private Duration target() {
		return switch (channel) {
		case CHAT, VOICE -> Duration.ofMinutes(2);
		case SOCIAL, APP -> Duration.ofMinutes(60);
		case EMAIL -> Duration.ofHours(24);
		case IN_PERSON -> Duration.ofMinutes(10);
		};
	}

	/** Agents reply only while staffed: email in office hours, other written channels 07:00–22:00. */
	private Instant staffed(Instant at) {
		ZonedDateTime local = at.atZone(plan.zone());
		int open = 7;
		int close = channel == ChannelKind.EMAIL ? 17 : 22;
		if (channel == ChannelKind.EMAIL && (local.getDayOfWeek().getValue() == 7 || generator.isClosedDay(at))) {
			return staffed(local.toLocalDate().plusDays(1).atTime(8, 0).atZone(plan.zone()).toInstant()
					.plusSeconds(r.nextInt(3600)));
		}
		if (local.getHour() < open) {
			return local.toLocalDate().atTime(open, 0).atZone(plan.zone()).toInstant().plusSeconds(r.nextInt(1800));
		}
		if (local.getHour() >= close) {
			return staffed(local.toLocalDate().plusDays(1).atTime(open, 0).atZone(plan.zone()).toInstant()
					.plusSeconds(r.nextInt(1800)));
		}
		return at;
	}

	private Instant endOfPeriod() {
		return plan.firstDay().plusDays(plan.days()).atStartOfDay(plan.zone()).toInstant();
	}

	private int hourOf(Instant at) {
		return at.atZone(plan.zone()).getHour();
	}

	// --- small things -----------------------------------------------------------------------------------------

	private Agent pickAgent() {
		List<Agent> agents = generator.agentsOf(team);
		return agents.get(r.nextInt(agents.size()));
	}

	private String customerId(int customer, String instance) {
		return switch (channel) {
		case VOICE, IN_PERSON -> Generator.phone(customer);
		case EMAIL -> Generator.email(customer);
		case SOCIAL -> instance.contains("zalo") ? "zalo-" + customer : "fb-" + customer;
		case CHAT -> "web-" + customer;
		case APP -> "app-" + customer;
		};
	}

	private <T> T pick(T[] values, double... shares) {
		double u = r.nextDouble();
		for (int i = 0; i < shares.length; i++) {
			u -= shares[i];
			if (u < 0) {
				return values[i];
			}
		}
		return values[values.length - 1];
	}

	private EventHeader header(Instant at) {
		return EventHeader.of(id(), at).withConversation(conversation);
	}

	private String id() {
		return "d" + plan.seed() + "-" + number + "-" + (++sequence);
	}

	private void add(Event event) {
		events.add(event);
	}
}
