package org.carelens.channels.api;

/**
 * A kind of channel connector (a CSV export reader, a mailbox, a chat webhook), registered as an OSGi service with
 * {@link ConnectorProperties}. A workspace configures any number of <em>instances</em> of it, each with its own
 * settings, checkpoint and status; the channel runtime starts and stops them.
 * <p>
 * The contract, checked by the abstract contract tests of {@code org.carelens.channels.api.contract}:
 * <ul>
 * <li>an instance resumes from {@link ConnectorContext#checkpoint()}, the last checkpoint the runtime committed, and
 * never re-emits what was committed before it;</li>
 * <li>event ids are derived from the source (a ticket number, a file row), so that what is emitted again after a
 * crash before a commit carries the same ids and is stored once;</li>
 * <li>input that is not a valid event is {@link EventSink#reject rejected} with where it came from and why, and the
 * instance carries on.</li>
 * </ul>
 */
public interface ChannelConnector {

	/** Service property: the connector's id, unique among installed connectors. */
	String ID = "carelens.connector.id";
	/** Service property: a short name for people. */
	String LABEL = "carelens.connector.label";
	/** Service property: the {@link org.carelens.core.api.ChannelKind} its contacts come from by default. */
	String CHANNEL = "carelens.connector.channel";
	/** Service property: the {@link Capability#wire() capabilities}. */
	String CAPABILITIES = "carelens.connector.capabilities";

	/** @return the settings an instance needs, so that a command line or a form can ask for them */
	SettingsSchema settingsSchema();

	/**
	 * Starts an instance: checks what the settings point at and gets ready; a {@link Capability#PUSH push} connector
	 * starts receiving here and hands what it receives to {@link ConnectorContext#sink()}.
	 *
	 * @param context the instance's id, its settings (already {@link SettingsSchema#validate validated}), its last
	 *                committed checkpoint and its sink
	 * @throws ConnectorException when the instance cannot start, saying why (a missing file, a refused login)
	 */
	ConnectorInstance start(ConnectorContext context) throws ConnectorException;
}
