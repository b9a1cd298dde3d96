package org.carelens.internal.kpi.engine;

import java.util.Arrays;
import java.util.function.IntConsumer;

import org.carelens.kpi.api.CustomerActivity;
import org.carelens.kpi.api.FactRow;

/**
 * The activity of a table's customers (conversations opened, orders), built on first use: per customer the sorted
 * instants of its activity, in one array with offsets.
 */
final class TableActivity implements CustomerActivity {

	private final ColumnTable table;
	private int[] offsets;
	private long[] instants;

	TableActivity(ColumnTable table) {
		this.table = table;
	}

	private synchronized void build() {
		if (offsets != null) {
			return;
		}
		int customers = table.customers.size();
		int[] counts = new int[customers + 1];
		for (int row = 0; row < table.size; row++) {
			counts[table.customer[row] + 1]++;
		}
		Orders orders = table.orders;
		for (int i = 0; i < orders.size; i++) {
			counts[orders.customer[i] + 1]++;
		}
		for (int c = 0; c < customers; c++) {
			counts[c + 1] += counts[c];
		}
		long[] all = new long[counts[customers]];
		int[] fill = Arrays.copyOf(counts, customers);
		for (int row = 0; row < table.size; row++) {
			all[fill[table.customer[row]]++] = ColumnTable.BASE + table.opened[row];
		}
		for (int i = 0; i < orders.size; i++) {
			all[fill[orders.customer[i]]++] = orders.at[i];
		}
		for (int c = 0; c < customers; c++) {
			Arrays.sort(all, counts[c], counts[c + 1]);
		}
		instants = all;
		offsets = counts;
	}

	@Override
	public void forEachCustomer(IntConsumer action) {
		build();
		for (int c = 1; c + 1 < offsets.length; c++) {
			if (offsets[c + 1] > offsets[c]) {
				action.accept(c);
			}
		}
	}

	@Override
	public long firstActivity(int customer) {
		build();
		if (customer <= 0 || customer + 1 >= offsets.length || offsets[customer + 1] == offsets[customer]) {
			return FactRow.NONE;
		}
		return instants[offsets[customer]];
	}

	@Override
	public boolean activeBetween(int customer, long from, long to) {
		build();
		if (customer <= 0 || customer + 1 >= offsets.length) {
			return false;
		}
		int start = offsets[customer];
		int end = offsets[customer + 1];
		int i = Arrays.binarySearch(instants, start, end, from);
		int first = i >= 0 ? i : -i - 1;
		// binarySearch finds any equal element: step back to the first instant >= from
		while (first > start && instants[first - 1] >= from) {
			first--;
		}
		return first < end && instants[first] < to;
	}

	@Override
	public void forEachOrder(long from, long to, OrderVisitor visitor) {
		Orders orders = table.orders;
		for (int i = 0; i < orders.size; i++) {
			if (orders.at[i] >= from && orders.at[i] < to) {
				visitor.order(orders.customer[i], orders.at[i], orders.amount[i], orders.margin[i]);
			}
		}
	}

	@Override
	public boolean knowsOrders() {
		return table.orders.size > 0;
	}
}
