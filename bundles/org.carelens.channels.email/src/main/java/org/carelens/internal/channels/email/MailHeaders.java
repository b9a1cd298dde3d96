package org.carelens.internal.channels.email;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headers of one message that the mapping needs, read from a mailbox or built by hand in tests.
 *
 * @param messageId  the Message-ID without its angle brackets; empty when the message has none
 * @param inReplyTo  the message it answers
 * @param references the thread's earlier messages, oldest first (RFC 5322)
 * @param from       the sender's address, lower case
 * @param to         the recipients' addresses, lower case
 * @param sent       the Date header, else when the mailbox received it
 * @param automatic  an auto-reply or bulk mail: Auto-Submitted other than "no", Precedence bulk, junk or list,
 *                   X-Autoreply or X-Autorespond (RFC 3834)
 * @param subject    the subject, for people
 */
record MailHeaders(Optional<String> messageId, Optional<String> inReplyTo, List<String> references, String from,
		List<String> to, Optional<Instant> sent, boolean automatic, String subject) {

	private static final Pattern ID = Pattern.compile("<([^<>\\s]+)>");

	MailHeaders {
		references = List.copyOf(references);
		to = List.copyOf(to);
	}

	/** @return the ids in angle brackets in a Message-ID, In-Reply-To or References header, in order */
	static List<String> ids(String header) {
		List<String> ids = new ArrayList<>();
		if (header == null) {
			return ids;
		}
		Matcher matcher = ID.matcher(header);
		while (matcher.find()) {
			ids.add(matcher.group(1));
		}
		return ids;
	}

	/**
	 * @param autoSubmitted the Auto-Submitted header, if any
	 * @param precedence    the Precedence header, if any
	 * @param autoReplyFlag whether X-Autoreply or X-Autorespond is present
	 */
	static boolean automatic(String autoSubmitted, String precedence, boolean autoReplyFlag) {
		if (autoReplyFlag) {
			return true;
		}
		if (autoSubmitted != null && !autoSubmitted.trim().toLowerCase(Locale.ROOT).startsWith("no")) {
			return true;
		}
		if (precedence != null) {
			String p = precedence.trim().toLowerCase(Locale.ROOT);
			return p.equals("bulk") || p.equals("junk") || p.equals("list") || p.equals("auto_reply");
		}
		return false;
	}

	/**
	 * @return the id of the thread's first message: the first of References, else In-Reply-To, else the message's
	 *         own id; empty only for a message without any
	 */
	Optional<String> root() {
		if (!references.isEmpty()) {
			return Optional.of(references.get(0));
		}
		return inReplyTo.or(() -> messageId);
	}

	/** @return whether the message starts a thread: it answers nothing */
	boolean startsThread() {
		return references.isEmpty() && inReplyTo.isEmpty();
	}
}
