package org.carelens.cli.spi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The service properties of a {@link Command}: {@value Command#NAME} and {@value Command#SUMMARY}.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CommandProperties {

	String PREFIX_ = "carelens.command.";

	/** @return the name typed after {@code carelens}: lower case, words joined by '-' */
	String name();

	/** @return one line saying what the command does */
	String summary();
}
