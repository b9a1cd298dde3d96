package org.carelens.internal.channels.email;

import java.util.Optional;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

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
		// Jakarta Mail and Activation find their providers and content handlers through the context class loader
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(Session.class.getClassLoader());
		try {
			MimeMessage mail = new MimeMessage(Session.getInstance(properties));
			mail.setFrom(new InternetAddress(from));
			mail.setRecipient(Message.RecipientType.TO, new InternetAddress(message.recipient(), true));
			mail.setSubject(message.subject(), "UTF-8");
			mail.setHeader("Auto-Submitted", "auto-generated");
			mail.setHeader("X-CareLens-Conversation", message.conversation());
			if (message.html().isPresent()) {
				MimeBodyPart text = new MimeBodyPart();
				text.setText(message.text(), "UTF-8");
				MimeBodyPart html = new MimeBodyPart();
				html.setText(message.html().get(), "UTF-8", "html");
				mail.setContent(new MimeMultipart("alternative", text, html));
			} else {
				mail.setText(message.text(), "UTF-8");
			}
			mail.saveChanges(); // once: Transport.send would save again and give the message another Message-ID
			String id = mail.getMessageID();
			Session session = mail.getSession();
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
