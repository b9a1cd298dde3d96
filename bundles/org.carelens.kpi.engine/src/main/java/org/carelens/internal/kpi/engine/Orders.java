package org.carelens.internal.kpi.engine;

import java.util.Arrays;

/**
 * The orders of a table's customers, in arrival order: customer id, instant, amount and margin.
 */
final class Orders {

	int size;
	int[] customer = new int[0];
	long[] at = new long[0];
	double[] amount = new double[0];
	double[] margin = new double[0];

	void add(int customerId, long epochSecond, double orderAmount, double orderMargin) {
		if (size == customer.length) {
			int capacity = Math.max(256, size * 2);
			customer = Arrays.copyOf(customer, capacity);
			at = Arrays.copyOf(at, capacity);
			amount = Arrays.copyOf(amount, capacity);
			margin = Arrays.copyOf(margin, capacity);
		}
		customer[size] = customerId;
		at[size] = epochSecond;
		amount[size] = orderAmount;
		margin[size] = orderMargin;
		size++;
	}

	long bytes() {
		return 28L * customer.length;
	}
}
