package org.carelens.email.tests;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * A support mailbox on GreenMail, a real IMAP and SMTP server on loopback ports of its choosing: customers' mail
 * goes in through SMTP, agents' replies are appended to the Sent folder over IMAP, as a mail client does.
 */
final class Mailbox implements AutoCloseable {

	static final String USER = "hotro@shop.vn";
	static final String PASSWORD = "mat-khau";

	final GreenMail server;

	Mailbox() {
		ServerSetup[] setups = ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP);
		server = new GreenMail(setups);
		server.start();
		server.setUser(USER, USER, PASSWORD);
		try {
			folder("Sent"); // as every real mailbox has one
		} catch (MessagingException e) {
			throw new IllegalStateException("GreenMail refused to make the Sent folder", e);
		}
	}

	private void folder(String name) throws MessagingException {
		try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
			store.connect("127.0.0.1", imapPort(), USER, PASSWORD);
			Folder folder = store.getFolder(name);
			if (!folder.exists()) {
				folder.create(Folder.HOLDS_MESSAGES);
			}
		}
	}

	int imapPort() {
		return server.getImap().getPort();
	}

	/** @return settings for an instance reading this mailbox */
	Map<String, String> settings() {
		Map<String, String> settings = new HashMap<>();
		settings.put("host", "127.0.0.1");
		settings.put("port", Integer.toString(imapPort()));
		settings.put("security", "none");
		settings.put("user", USER);
		settings.put("password", PASSWORD);
		settings.put("sent_folder", "Sent");
		return settings;
	}

	/** A customer writes to the support address, through SMTP. */
	void customerWrites(String from, String messageId, String subject, Instant at, String inReplyTo,
			String references, Map<String, String> extraHeaders) throws MessagingException {
		Session session = Session.getInstance(smtp());
		MimeMessage message = message(session, from, USER, messageId, subject, at, inReplyTo, references);
		for (Map.Entry<String, String> header : extraHeaders.entrySet()) {
			message.setHeader(header.getKey(), header.getValue());
		}
		Transport.send(message);
	}

	/** An agent's reply, kept in the Sent folder as a mail client keeps it. */
	void agentReplied(String to, String messageId, String subject, Instant at, String inReplyTo, String references)
			throws MessagingException {
		Session session = Session.getInstance(new Properties());
		try (Store store = session.getStore("imap")) {
			store.connect("127.0.0.1", imapPort(), USER, PASSWORD);
			Folder sent = store.getFolder("Sent");
			if (!sent.exists()) {
				sent.create(Folder.HOLDS_MESSAGES);
			}
			MimeMessage message = message(session, USER, to, messageId, subject, at, inReplyTo, references);
			message.saveChanges();
			sent.appendMessages(new Message[] { message });
		}
	}

	private Properties smtp() {
		Properties properties = new Properties();
		properties.put("mail.smtp.host", "127.0.0.1");
		properties.put("mail.smtp.port", Integer.toString(server.getSmtp().getPort()));
		return properties;
	}

	private static MimeMessage message(Session session, String from, String to, String messageId, String subject,
			Instant at, String inReplyTo, String references) throws MessagingException {
		MimeMessage message = new MimeMessage(session) {
			@Override
			protected void updateMessageID() throws MessagingException {
				setHeader("Message-ID", "<" + messageId + ">"); // the sender's own id, as a mail client keeps it
			}
		};
		message.setFrom(new InternetAddress(from));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
		message.setSubject(subject, "UTF-8");
		message.setSentDate(Date.from(at));
		message.setText("Nội dung " + messageId, "UTF-8");
		if (inReplyTo != null) {
			message.setHeader("In-Reply-To", "<" + inReplyTo + ">");
		}
		if (references != null) {
			message.setHeader("References", references);
		}
		return message;
	}

	@Override
	public void close() {
		server.stop();
	}
}
