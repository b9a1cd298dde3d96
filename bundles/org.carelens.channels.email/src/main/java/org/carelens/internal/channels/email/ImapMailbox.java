package org.carelens.internal.channels.email;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;

/**
 * A support mailbox on an IMAP server, read by UID: each folder's messages after a UID, headers only, under the
 * folder's UIDVALIDITY (which says whether the UIDs still mean what they meant).
 */
final class ImapMailbox implements AutoCloseable {

	/** How a folder's messages arrive: a batch at a time, with the folder's validity and each message's UID. */
	interface Batch {
		void take(long uidValidity, List<Fetched> messages) throws Exception;
	}

	/** One message: its UID and headers. */
	record Fetched(long uid, MailHeaders headers) {
	}

	private static final String[] HEADERS = { "Message-ID", "In-Reply-To", "References", "Auto-Submitted",
			"Precedence", "X-Autoreply", "X-Autorespond" };

	private final Store store;

	private ImapMailbox(Store store) {
		this.store = store;
	}

	/**
	 * @param security {@code ssl} (IMAPS), {@code starttls} (required) or {@code none} (loopback and tests only)
	 * @throws MessagingException when the server cannot be reached or refuses the login
	 */
	static ImapMailbox connect(String host, int port, String security, String user, String password)
			throws MessagingException {
		String protocol = security.equals("ssl") ? "imaps" : "imap";
		Properties properties = new Properties();
		properties.put("mail.store.protocol", protocol);
		properties.put("mail." + protocol + ".connectiontimeout", "15000");
		properties.put("mail." + protocol + ".timeout", "60000");
		if (security.equals("starttls")) {
			properties.put("mail.imap.starttls.enable", "true");
			properties.put("mail.imap.starttls.required", "true");
		}
		// Jakarta Mail finds its protocol providers through the context class loader (BUILD-NOTES)
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(Session.class.getClassLoader());
		try {
			Store store = Session.getInstance(properties).getStore(protocol);
			store.connect(host, port, user, password);
			return new ImapMailbox(store);
		} finally {
			thread.setContextClassLoader(previous);
		}
	}

	/** @return the names of the mailbox's folders, for messages that name a folder that is not there */
	List<String> folderNames() throws MessagingException {
		return Arrays.stream(store.getDefaultFolder().list("*")).map(Folder::getFullName).sorted().toList();
	}

	/**
	 * Reads the messages of {@code name} with a UID above {@code after} (all of them when the folder's UIDVALIDITY
	 * is not {@code validity}), in UID order, {@code batchSize} at a time.
	 *
	 * @return whether the folder exists
	 */
	boolean read(String name, long validity, long after, int batchSize, Batch batch) throws Exception {
		Folder folder = store.getFolder(name);
		if (!folder.exists()) {
			return false;
		}
		folder.open(Folder.READ_ONLY);
		try {
			UIDFolder uids = (UIDFolder) folder;
			long current = uids.getUIDValidity();
			long from = current == validity ? after : 0;
			Message[] messages = uids.getMessagesByUID(from + 1, UIDFolder.LASTUID);
			FetchProfile profile = new FetchProfile();
			profile.add(UIDFolder.FetchProfileItem.UID);
			profile.add(FetchProfile.Item.ENVELOPE);
			for (String header : HEADERS) {
				profile.add(header);
			}
			for (int start = 0; start < messages.length; start += batchSize) {
				Message[] slice = Arrays.copyOfRange(messages, start, Math.min(messages.length, start + batchSize));
				folder.fetch(slice, profile);
				List<Fetched> fetched = new ArrayList<>(slice.length);
				for (Message message : slice) {
					long uid = uids.getUID(message);
					// "UID n:*" answers the highest message even when its UID is below n
					if (uid > from) {
						fetched.add(new Fetched(uid, headers(message)));
					}
				}
				if (!fetched.isEmpty()) {
					batch.take(current, fetched);
				}
			}
			if (messages.length == 0 || current != validity) {
				batch.take(current, List.of()); // so that a new validity is recorded even for an empty folder
			}
		} finally {
			folder.close(false);
		}
		return true;
	}

	static MailHeaders headers(Message message) throws MessagingException {
		List<String> ids = MailHeaders.ids(first(message, "Message-ID"));
		List<String> replyTo = MailHeaders.ids(first(message, "In-Reply-To"));
		List<String> references = MailHeaders.ids(first(message, "References"));
		Instant sent = message.getSentDate() != null ? message.getSentDate().toInstant()
				: message.getReceivedDate() != null ? message.getReceivedDate().toInstant() : null;
		return new MailHeaders(ids.stream().findFirst(), replyTo.stream().findFirst(), references,
				address(message.getFrom()).stream().findFirst().orElse(""),
				address(message.getRecipients(Message.RecipientType.TO)), Optional.ofNullable(sent),
				MailHeaders.automatic(first(message, "Auto-Submitted"), first(message, "Precedence"),
						first(message, "X-Autoreply") != null || first(message, "X-Autorespond") != null),
				Optional.ofNullable(message.getSubject()).orElse(""));
	}

	private static String first(Message message, String name) throws MessagingException {
		String[] values = message.getHeader(name);
		return values == null || values.length == 0 ? null : values[0];
	}

	private static List<String> address(Address[] addresses) {
		List<String> result = new ArrayList<>();
		if (addresses != null) {
			for (Address address : addresses) {
				if (address instanceof InternetAddress internet && internet.getAddress() != null) {
					result.add(internet.getAddress().toLowerCase(Locale.ROOT));
				}
			}
		}
		return result;
	}

	@Override
	public void close() {
		try {
			store.close();
		} catch (MessagingException e) {
			// the connection is gone either way
		}
	}
}
