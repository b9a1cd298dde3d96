package org.carelens.channels.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The service properties of a {@link ChannelConnector}, readable without activating it:
 *
 * <pre>
 * &#64;Component(service = ChannelConnector.class)
 * &#64;ConnectorProperties(id = "file.csv", label = "CSV ticket export", channel = "EMAIL", capabilities = "pull")
 * public final class CsvConnector implements ChannelConnector { ... }
 * </pre>
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ConnectorProperties {

	String PREFIX_ = "carelens.connector.";

	/** @return the connector's id, unique among installed connectors: lower case, words joined by '.' or '-' */
	String id();

	/** @return a short name for people */
	String label();

	/** @return the {@link org.carelens.core.api.ChannelKind} name of the contacts it brings in by default */
	String channel();

	/** @return the {@link Capability#wire() capabilities}, e.g. {@code {"pull"}} */
	String[] capabilities();
}
