package org.carelens.internal.channels.email;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.carelens.channels.api.Outbound;
import org.carelens.channels.api.Rejected;
import org.carelens.channels.api.SettingField;
import org.carelens.channels.api.Settings;
import org.carelens.channels.api.SettingsSchema;
import org.carelens.core.api.Event;
import org.osgi.service.component.annotations.Component;

/**
 * A support mailbox over IMAP: what customers write arrives in the inbox, what agents answer is in the Sent
 * folder; with an SMTP server set, it also sends messages to customers (survey invitations). Each pull reads the messages after the last committed UID of each folder; a folder whose UIDVALIDITY
 * changed is read again from the start, which stores nothing twice because event ids come from Message-IDs.
 */
@Component(service = ChannelConnector.class)
@ConnectorProperties(id = EmailConnector.ID, label = "Email mailbox (IMAP, SMTP)", channel = "EMAIL",
		capabilities = { "pull", "outbound" })
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
	static final String SMTP_HOST = "smtp_host";
	static final String SMTP_PORT = "smtp_port";
	static final String SMTP_SECURITY = "smtp_security";
	static final String FROM = "from_address";

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
						"messages stored in one transaction before the position is committed"),
				SettingField.optional(SMTP_HOST, "SMTP server", FieldType.TEXT,
						"to send messages to customers (survey invitations), with the same login; blank: none sent"),
				SettingField.optional(SMTP_PORT, "SMTP port", FieldType.INTEGER,
						"the protocol's default: 465 with ssl, 587 with starttls, 25 otherwise"),
				SettingField.choice(SMTP_SECURITY, "SMTP security", List.of("ssl", "starttls", "none"), "starttls",
						"ssl, starttls, or none (a server on this machine only, without login)"),
				SettingField.optional(FROM, "Sender address", FieldType.TEXT,
						"the From of messages sent (default: the user, if it is an address)"));
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
		Optional<Outbound> outbound = settings.text(SMTP_HOST).filter(h -> !h.isBlank()).map(smtp -> {
			String smtpSecurity = settings.text(SMTP_SECURITY).orElse("starttls");
			int smtpPort = settings.integer(SMTP_PORT).map(Long::intValue)
					.orElse(smtpSecurity.equals("ssl") ? 465 : smtpSecurity.equals("starttls") ? 587 : 25);
			boolean login = !smtpSecurity.equals("none");
			return new SmtpSender(smtp, smtpPort, smtpSecurity,
					login ? Optional.of(settings.required(USER)) : Optional.empty(),
					login ? Optional.of(settings.required(PASSWORD)) : Optional.empty(),
					settings.text(FROM).filter(f -> !f.isBlank()).orElse(settings.required(USER)));
		});
		return new ConnectorInstance() {
			@Override
			public Optional<Outbound> outbound() {
				return outbound;
			}

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
