package org.carelens.internal.channels.email;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;

import org.carelens.channels.api.ChannelConnector;
import org.carelens.channels.api.Checkpoint;
import org.carelens.channels.api.ConnectorContext;
import org.carelens.channels.api.ConnectorException;
import org.carelens.channels.api.ConnectorInstance;
import org.carelens.channels.api.ConnectorProperties;
import org.carelens.channels.api.FieldType;
import org.carelens.channels.api.Rejected;
import org.carelens.channels.api.SettingField;
import org.carelens.channels.api.Settings;
import org.carelens.channels.api.SettingsSchema;
import org.carelens.core.api.Event;
import org.osgi.service.component.annotations.Component;

/**
 * A support mailbox over IMAP: what customers write arrives in the inbox, what agents answer is in the Sent
 * folder. Each pull reads the messages after the last committed UID of each folder; a folder whose UIDVALIDITY
 * changed is read again from the start, which stores nothing twice because event ids come from Message-IDs.
 */
@Component(service = ChannelConnector.class)
@ConnectorProperties(id = EmailConnector.ID, label = "Email mailbox (IMAP)", channel = "EMAIL",
		capabilities = "pull")
public final class EmailConnector implements ChannelConnector {

	public static final String ID = "email.imap";
	static final String HOST = "host";
	static final String PORT = "port";
	static final String SECURITY = "security";
	static final String USER = "user";
	static final String PASSWORD = "password";
	static final String INBOX = "inbox_folder";
	static final String SENT = "sent_folder";
	static final String ADDRESSES = "support_addresses";
	static final String BATCH = "batch";

	@Override
	public SettingsSchema settingsSchema() {
		return SettingsSchema.of(SettingField.required(HOST, "IMAP server", FieldType.TEXT, "e.g. imap.example.vn"),
				SettingField.optional(PORT, "Port", FieldType.INTEGER, "the protocol's default: 993 with ssl, 143 otherwise"),
				SettingField.choice(SECURITY, "Security", List.of("ssl", "starttls", "none"), "ssl",
						"ssl (IMAPS), starttls, or none (a server on this machine only)"),
				SettingField.required(USER, "User", FieldType.TEXT, "the mailbox's login, e.g. hotro@shop.vn"),
				SettingField.secret(PASSWORD, "Password", "the mailbox's password or app password"),
				SettingField.optional(INBOX, "Inbox folder", FieldType.TEXT, "INBOX", "where customers' mail arrives"),
				SettingField.optional(SENT, "Sent folder", FieldType.TEXT, "Sent",
						"where agents' replies are kept; blank to read the inbox only"),
				SettingField.optional(ADDRESSES, "Support addresses", FieldType.TEXT,
						"the mailbox's own addresses, comma-separated (default: the user, if it is an address)"),
				SettingField.optional(BATCH, "Messages per commit", FieldType.INTEGER, "500",
						"messages stored in one transaction before the position is committed"));
	}

	@Override
	public ConnectorInstance start(ConnectorContext context) throws ConnectorException {
		Settings settings = context.settings();
		String security = settings.text(SECURITY).orElse("ssl");
		int port = settings.integer(PORT).map(Long::intValue).orElse(security.equals("ssl") ? 993 : 143);
		Set<String> addresses = addresses(settings);
		MailMapping mapping = new MailMapping(context.instanceId(), addresses);
		int batch = settings.integer(BATCH).map(Long::intValue).filter(n -> n > 0).orElse(500);
		List<Role> folders = settings.text(SENT).filter(s -> !s.isBlank()).isPresent()
				? List.of(new Role("inbox", settings.text(INBOX).orElse("INBOX"), MailMapping.Folder.INBOX),
						new Role("sent", settings.text(SENT).get(), MailMapping.Folder.SENT))
				: List.of(new Role("inbox", settings.text(INBOX).orElse("INBOX"), MailMapping.Folder.INBOX));
		return new ConnectorInstance() {
			@Override
			public void pull() throws ConnectorException {
				String host = settings.required(HOST);
				try (ImapMailbox mailbox = ImapMailbox.connect(host, port, security, settings.required(USER),
						settings.required(PASSWORD))) {
					Checkpoint[] position = { context.checkpoint().orElse(Checkpoint.START) };
					for (Role role : folders) {
						if (context.stopRequested()) {
							return;
						}
						boolean exists = mailbox.read(role.folder(), position[0].number(role.key() + ".validity"),
								position[0].number(role.key() + ".uid"), batch, (validity, messages) -> {
									long last = position[0].number(role.key() + ".validity") == validity
											? position[0].number(role.key() + ".uid") : 0;
									for (ImapMailbox.Fetched fetched : messages) {
										take(fetched, role, validity);
										last = Math.max(last, fetched.uid());
									}
									position[0] = position[0].with(role.key() + ".validity", Long.toString(validity))
											.with(role.key() + ".uid", Long.toString(last));
									context.sink().commit(position[0]);
								});
						if (!exists) {
							throw new ConnectorException("the mailbox " + settings.required(USER) + " on " + host
									+ " has no folder \"" + role.folder() + "\"; its folders are "
									+ mailbox.folderNames());
						}
					}
				} catch (AuthenticationFailedException e) {
					throw new ConnectorException("the IMAP server " + host + " refused the login of "
							+ settings.required(USER) + ": " + e.getMessage(), e);
				} catch (MessagingException e) {
					throw new ConnectorException("cannot read the mailbox on " + host + ":" + port + ": "
							+ e.getMessage(), e);
				} catch (ConnectorException e) {
					throw e;
				} catch (Exception e) {
					throw new ConnectorException("cannot read the mailbox on " + host + ": " + e, e);
				}
			}

			private void take(ImapMailbox.Fetched fetched, Role role, long validity) {
				String fallback = role.folder() + "/" + validity + "/" + fetched.uid();
				try {
					for (Event event : mapping.map(fetched.headers(), role.mapping(), fallback)) {
						context.sink().accept(event);
					}
				} catch (IllegalArgumentException e) {
					context.sink().reject(new Rejected(role.folder() + " (UIDVALIDITY " + validity + ")",
							OptionalLong.of(fetched.uid()), e.getMessage(),
							"Subject: " + fetched.headers().subject()));
				}
			}

			@Override
			public void stop() {
				// each pull connects and disconnects: nothing held between pulls
			}
		};
	}

	/** A folder and what its messages are. */
	private record Role(String key, String folder, MailMapping.Folder mapping) {
	}

	static Set<String> addresses(Settings settings) {
		Set<String> addresses = new LinkedHashSet<>();
		settings.text(ADDRESSES).ifPresent(text -> Arrays.stream(text.split(",")).map(String::strip)
				.filter(a -> !a.isEmpty()).map(a -> a.toLowerCase(Locale.ROOT)).forEach(addresses::add));
		if (addresses.isEmpty() && settings.required(USER).contains("@")) {
			addresses.add(settings.required(USER).toLowerCase(Locale.ROOT));
		}
		return addresses;
	}
}
