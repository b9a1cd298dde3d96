package org.carelens.kpi.api;

import java.util.function.IntConsumer;

/**
 * What is known of customers beyond one conversation: when they were active (a conversation or an order) and what
 * they bought. Customers are the dictionary ids of {@link FactRow#customer()}. Loyalty and value metrics read it;
 * the engine fills it from {@code conversation.opened} and {@code order} events.
 */
public interface CustomerActivity {

	/** Knows no customer activity and no order. */
	CustomerActivity NONE = new CustomerActivity() {
		@Override
		public void forEachCustomer(IntConsumer action) {
		}

		@Override
		public long firstActivity(int customer) {
			return FactRow.NONE;
		}

		@Override
		public boolean activeBetween(int customer, long from, long to) {
			return false;
		}

		@Override
		public void forEachOrder(long from, long to, OrderVisitor visitor) {
		}

		@Override
		public boolean knowsOrders() {
			return false;
		}
	};

	/** Receives an order. */
	@FunctionalInterface
	interface OrderVisitor {
		/**
		 * @param customer the customer's dictionary id
		 * @param at       epoch seconds
		 * @param amount   the order's amount
		 * @param margin   its gross margin, NaN when not given
		 */
		void order(int customer, long at, double amount, double margin);
	}

	/** Calls {@code action} with every known customer. */
	void forEachCustomer(IntConsumer action);

	/** @return the customer's first activity, epoch seconds, or {@link FactRow#NONE} */
	long firstActivity(int customer);

	/** @return whether the customer had a conversation or an order in [from, to) */
	boolean activeBetween(int customer, long from, long to);

	/** Calls {@code visitor} with every order in [from, to). */
	void forEachOrder(long from, long to, OrderVisitor visitor);

	/** @return whether any order is known: without, order-based metrics have no value */
	boolean knowsOrders();
}
