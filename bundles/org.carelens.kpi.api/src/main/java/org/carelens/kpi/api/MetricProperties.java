package org.carelens.kpi.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.carelens.core.api.targets.TargetDirection;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The service properties of a {@link Metric}: {@value Metric#ID}, {@value Metric#LABEL_KEY}, {@value Metric#UNIT},
 * {@value Metric#DIRECTION} and {@value Metric#KIND}. Kept at run time so that contract tests can compare them
 * with {@link Metric#info()}.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MetricProperties {

	String PREFIX_ = "carelens.metric.";

	String id();

	String labelKey();

	MetricUnit unit();

	TargetDirection direction();

	MetricKind kind();
}
