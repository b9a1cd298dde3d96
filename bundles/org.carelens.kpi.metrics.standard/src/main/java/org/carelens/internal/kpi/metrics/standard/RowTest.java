package org.carelens.internal.kpi.metrics.standard;

import org.carelens.kpi.api.FactRow;

/**
 * A yes/no question about a row, such as "resolved?" for a rate.
 */
@FunctionalInterface
interface RowTest {
	boolean test(FactRow row);
}
