package org.carelens.internal.kpi.metrics.standard;

import org.carelens.kpi.api.FactRow;

/**
 * A duration read from a row: seconds, or {@link FactRow#NONE}.
 */
@FunctionalInterface
interface RowValue {
	long of(FactRow row);
}
