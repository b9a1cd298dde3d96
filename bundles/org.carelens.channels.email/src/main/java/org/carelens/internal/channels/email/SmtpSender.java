package org.carelens.internal.channels.email;

import java.io.ByteArrayInputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.carelens.channels.api.ConnectorException;
import org.carelens.channels.api.Outbound;
import org.carelens.channels.api.OutboundMessage;

/**
 * Sends messages to customers through the mailbox's SMTP server. They are marked {@code Auto-Submitted:
 * auto-generated} (RFC 3834), so that out-of-office replies are not sent back to them, and so that a copy read
 * back from a mailbox is not taken for an agent's reply.
 */
final class SmtpSender implements Outbound {

	private final String host;
	private final int port;
	private final String security;
	private final Optional<String> user;
	private final Optional<String> password;
	private final String from;

	/**
	 * @param security {@code ssl}, {@code starttls} (required) or {@code none} (a server on this machine only)
	 * @param user     the login, when the server wants one
	 */
	SmtpSender(String host, int port, String security, Optional<String> user, Optional<String> password,
			String from) {
		this.host = host;
		this.port = port;
		this.security = security;
		this.user = user;
		this.password = password;
		this.from = from;
	}

	/**
	 * @return the message as MIME text: plain text, and HTML when there is some, each in base64 (UTF-8 survives any
	 *         relay), with a Message-ID of the sender's domain
	 */
	byte[] mime(OutboundMessage message) throws MessagingException {
		String domain = from.contains("@") ? from.substring(from.indexOf('@') + 1) : "carelens.invalid";
		String boundary = "carelens-" + UUID.randomUUID();
		StringBuilder mime = new StringBuilder(4096);
		header(mime, "From", new InternetAddress(from).toString());
		header(mime, "To", new InternetAddress(message.recipient(), true).toString());
		try {
			header(mime, "Subject", MimeUtility.encodeText(message.subject(), "UTF-8", "B"));
		} catch (UnsupportedEncodingException e) {
			throw new IllegalStateException("every Java platform has UTF-8", e);
		}
		header(mime, "Date", new MailDateFormat().format(new Date()));
		header(mime, "Message-ID", "<" + UUID.randomUUID() + "." + System.currentTimeMillis() + "@" + domain + ">");
		header(mime, "MIME-Version", "1.0");
		header(mime, "Auto-Submitted", "auto-generated");
		header(mime, "X-CareLens-Conversation", message.conversation());
		if (message.html().isEmpty()) {
			part(mime, "text/plain", message.text());
			return mime.toString().getBytes(StandardCharsets.US_ASCII);
		}
		header(mime, "Content-Type", "multipart/alternative; boundary=\"" + boundary + "\"");
		mime.append("\r\n");
		mime.append("--").append(boundary).append("\r\n");
		part(mime, "text/plain", message.text());
		mime.append("--").append(boundary).append("\r\n");
		part(mime, "text/html", message.html().get());
		mime.append("--").append(boundary).append("--\r\n");
		return mime.toString().getBytes(StandardCharsets.US_ASCII);
	}

	private static void header(StringBuilder mime, String name, String value) {
		mime.append(name).append(": ").append(value.replace("\r", "").replace("\n", " ")).append("\r\n");
	}

	private static void part(StringBuilder mime, String type, String text) {
		header(mime, "Content-Type", type + "; charset=UTF-8");
		header(mime, "Content-Transfer-Encoding", "base64");
		mime.append("\r\n");
		mime.append(Base64.getMimeEncoder(76, new byte[] { '\r', '\n' })
				.encodeToString(text.getBytes(StandardCharsets.UTF_8))).append("\r\n");
	}

	@Override
	public String send(OutboundMessage message) throws ConnectorException {
		Properties properties = new Properties();
		properties.put("mail.smtp.host", host);
		properties.put("mail.smtp.port", Integer.toString(port));
		properties.put("mail.smtp.connectiontimeout", "15000");
		properties.put("mail.smtp.timeout", "60000");
		properties.put("mail.smtp.auth", Boolean.toString(user.isPresent()));
		if (security.equals("ssl")) {
			properties.put("mail.smtp.ssl.enable", "true");
		} else if (security.equals("starttls")) {
			properties.put("mail.smtp.starttls.enable", "true");
			properties.put("mail.smtp.starttls.required", "true");
		}
		// Jakarta Mail finds its transport through the context class loader (BUILD-NOTES)
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(Session.class.getClassLoader());
		try {
			Session session = Session.getInstance(properties);
			// The message is written out here, as MIME text, and parsed back: setting content objects would need
			// Jakarta Activation's content handlers, which its service lookup does not find inside OSGi
			MimeMessage mail = new MimeMessage(session, new ByteArrayInputStream(mime(message)));
			String id = mail.getMessageID();
			try (Transport transport = session.getTransport("smtp")) {
				if (user.isPresent()) {
					transport.connect(host, port, user.get(), password.orElse(""));
				} else {
					transport.connect();
				}
				transport.sendMessage(mail, mail.getAllRecipients());
			}
			return id.replaceAll("^<|>$", "");
		} catch (MessagingException e) {
			throw new ConnectorException("the SMTP server " + host + ":" + port + " did not take the message to "
					+ message.recipient() + ": " + e.getMessage(), e);
		} finally {
			thread.setContextClassLoader(previous);
		}
	}
}
