package org.carelens.internal.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Event;
import org.carelens.core.api.EventHeader;
import org.carelens.core.api.Identity;
import org.carelens.core.api.IdentityKind;
import org.carelens.core.api.org.Agent;
import org.carelens.demo.DemoEventGenerator.Summary;
import org.carelens.demo.DemoPlan;

/**
 * Spreads the conversations over the period by day and hour, and has a {@link Script} write each one.
 */
public final class Generator {

	/** Share of contacts per channel kind (METRICS.md's channels; Zalo and Messenger together are SOCIAL). */
	private static final Map<ChannelKind, Double> MIX = new EnumMap<>(Map.of(ChannelKind.VOICE, 0.30,
			ChannelKind.CHAT, 0.20, ChannelKind.EMAIL, 0.12, ChannelKind.SOCIAL, 0.25, ChannelKind.APP, 0.10,
			ChannelKind.IN_PERSON, 0.03));

	/** Monday is the busiest day, Sunday the quietest. */
	private static final double[] WEEKDAY = { 1.15, 1.05, 1.0, 1.0, 0.95, 0.72, 0.48 };

	/** Contacts per hour of the day: morning and afternoon peaks, an evening peak on social channels. */
	private static final double[] OFFICE_HOURS = { 0.1, 0.05, 0.05, 0.05, 0.1, 0.2, 0.5, 1.5, 4, 6, 6.5, 5.5, 3, 4.5,
			5.5, 5.5, 5, 4, 2.5, 1.8, 1.5, 1.0, 0.5, 0.2 };
	private static final double[] SOCIAL_HOURS = { 0.6, 0.3, 0.2, 0.1, 0.1, 0.3, 0.8, 1.5, 2.5, 3.5, 4, 4, 3.5, 3.5,
			3.5, 3.5, 3.5, 3.5, 3.5, 4, 5, 5.5, 4, 2 };
	private static final double[] COUNTER_HOURS = { 0, 0, 0, 0, 0, 0, 0, 0, 2, 4, 5, 5, 3, 3, 4, 5, 5, 4, 3, 2, 0, 0,
			0, 0 };

	/**
	 * At most this many conversations make the tail of the period: a backed-up queue and unanswered messages at its
	 * end, as a supervisor opening the SLA view would find them (a few waiting per hotline against the limit of two).
	 */
	static final int TAIL = 24;
	static final int TAIL_MINUTES = 20;

	private final DemoPlan plan;
	private final Consumer<Event> sink;
	private final SplittableRandom random;
	private final int customers;
	private final BitSet seenCustomers;
	private final Map<String, List<Agent>> agentsByTeam = new java.util.HashMap<>();
	private final ChannelKind[] channels;
	private final double[] channelCumulative;
	private long events;
	private long linked;

	public Generator(DemoPlan plan, Consumer<Event> sink) {
		this.plan = plan;
		this.sink = sink;
		this.random = new SplittableRandom(plan.seed());
		this.customers = Math.max(1, (int) Math.min(Integer.MAX_VALUE, plan.conversations() * 0.4));
		this.seenCustomers = new BitSet(customers);
		for (Agent agent : plan.organization().agents()) {
			agent.team().ifPresent(team -> agentsByTeam.computeIfAbsent(team, t -> new ArrayList<>()).add(agent));
		}
		agentsByTeam.values().forEach(list -> list.sort(java.util.Comparator.comparing(Agent::id)));
		channels = plan.instances().keySet().stream().sorted().toArray(ChannelKind[]::new);
		channelCumulative = new double[channels.length];
		double total = 0;
		for (int i = 0; i < channels.length; i++) {
			total += MIX.get(channels[i]);
			channelCumulative[i] = total;
		}
		for (int i = 0; i < channels.length; i++) {
			channelCumulative[i] /= total;
		}
	}

	public Summary run() {
		if (channels.length == 0 || plan.conversations() == 0) {
			return new Summary(0, 0, 0);
		}
		double[] dayWeights = dayWeights();
		double totalWeight = Arrays.stream(dayWeights).sum();
		int[] counts = new int[plan.days()];
		long assigned = 0;
		double expected = 0;
		for (int day = 0; day < plan.days(); day++) {
			expected += plan.conversations() * dayWeights[day] / totalWeight;
			counts[day] = (int) (Math.round(expected) - assigned);
			if (day == plan.days() - 1) {
				counts[day] = (int) (plan.conversations() - assigned);
			}
			assigned += counts[day];
		}
		// the tail is taken from the contacts of the last days, so that every earlier day comes out as without it
		int tail = Math.min(TAIL, plan.conversations() / 100);
		for (int day = plan.days() - 1, left = tail; day >= 0 && left > 0; day--) {
			int taken = Math.min(left, counts[day]);
			counts[day] -= taken;
			left -= taken;
		}
		long generated = 0;
		for (int day = 0; day < plan.days(); day++) {
			int late = day == plan.days() - 1 ? tail : 0;
			generateDay(plan.firstDay().plusDays(day), counts[day], late, generated);
			generated += counts[day] + late;
		}
		return new Summary(generated, events, linked);
	}

	private double[] dayWeights() {
		double[] weights = new double[plan.days()];
		for (int day = 0; day < plan.days(); day++) {
			LocalDate date = plan.firstDay().plusDays(day);
			double weight = WEEKDAY[date.getDayOfWeek().getValue() - 1];
			if (plan.closedDays().contains(date)) {
				weight *= 0.25;
			} else if (rushBeforeClosing(date)) {
				weight *= 1.3; // orders, deliveries and warranty questions before Tết and long holidays
			}
			weights[day] = weight;
		}
		return weights;
	}

	private boolean rushBeforeClosing(LocalDate date) {
		for (int ahead = 1; ahead <= 7; ahead++) {
			LocalDate later = date.plusDays(ahead);
			if (plan.closedDays().contains(later) && plan.closedDays().contains(later.plusDays(1))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @param tail how many of the day's conversations, besides {@code count}, arrive in the last
	 *             {@value #TAIL_MINUTES} minutes before the period ends, the counters closed: the contacts still in
	 *             the queue or waiting for their first reply when it ends
	 */
	private void generateDay(LocalDate date, int count, int tail, long firstNumber) {
		long[] openings = new long[count + tail]; // epoch second << 4 | in the tail << 3 | channel index
		boolean closed = plan.closedDays().contains(date);
		long end = date.plusDays(1).atStartOfDay(plan.zone()).toEpochSecond();
		for (int i = 0; i < count + tail; i++) {
			boolean late = i >= count;
			int channel = channel(closed || late);
			long second = late ? end - 1 - random.nextInt(TAIL_MINUTES * 60)
					: date.atTime(hour(channels[channel]), 0).atZone(plan.zone()).toEpochSecond() + random.nextInt(3600);
			openings[i] = second << 4 | (late ? 8 : 0) | channel;
		}
		Arrays.sort(openings);
		for (int i = 0; i < openings.length; i++) {
			Instant opened = Instant.ofEpochSecond(openings[i] >>> 4);
			ChannelKind channel = channels[(int) (openings[i] & 7)];
			long number = firstNumber + i;
			new Script(this, number, channel, opened, random.split(), (openings[i] & 8) != 0).write();
		}
	}

	private int channel(boolean closedDay) {
		while (true) {
			double u = random.nextDouble();
			for (int i = 0; i < channels.length; i++) {
				if (u < channelCumulative[i]) {
					if (closedDay && channels[i] == ChannelKind.IN_PERSON) {
						break; // counters are closed on holidays: draw again
					}
					return i;
				}
			}
			if (channels.length == 1 && closedDay) {
				return 0;
			}
		}
	}

	private int hour(ChannelKind channel) {
		double[] profile = switch (channel) {
		case SOCIAL, APP -> SOCIAL_HOURS;
		case IN_PERSON -> COUNTER_HOURS;
		default -> OFFICE_HOURS;
		};
		double total = 0;
		for (double p : profile) {
			total += p;
		}
		double u = random.nextDouble() * total;
		for (int hour = 0; hour < 24; hour++) {
			u -= profile[hour];
			if (u < 0) {
				return hour;
			}
		}
		return 23;
	}

	// --- for scripts -------------------------------------------------------------------------------------------

	DemoPlan plan() {
		return plan;
	}

	/** A customer, repeat customers more likely: about 60% of contacts come from a quarter of the customers. */
	int customer(SplittableRandom r) {
		return (int) (Math.pow(r.nextDouble(), 2.2) * customers);
	}

	List<Agent> agentsOf(String team) {
		return agentsByTeam.getOrDefault(team, List.of());
	}

	boolean isClosedDay(Instant at) {
		return plan.closedDays().contains(at.atZone(plan.zone()).toLocalDate());
	}

	boolean isWeekend(Instant at) {
		return at.atZone(plan.zone()).getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	/** The first time a customer is seen, a CRM link of their channel identities is emitted for some of them. */
	void firstSight(int customer, Instant at, SplittableRandom r) {
		if (seenCustomers.get(customer)) {
			return;
		}
		seenCustomers.set(customer);
		if (r.nextDouble() < 0.35) {
			linked++;
			emit(new Event.CustomerIdentity(
					EventHeader.of("d" + plan.seed() + "-id-" + customer, at).withCustomer(customerKey(customer)),
					List.of(new Identity(IdentityKind.PHONE, phone(customer)),
							new Identity(IdentityKind.ZALO, "zalo-" + customer),
							new Identity(IdentityKind.EMAIL, email(customer)))));
		}
	}

	static String customerKey(int customer) {
		return "cu-" + customer;
	}

	static String phone(int customer) {
		return "+849" + String.format("%08d", customer % 100_000_000);
	}

	static String email(int customer) {
		return "kh" + customer + "@example.vn";
	}

	void emit(Event event) {
		events++;
		sink.accept(event);
	}
}
