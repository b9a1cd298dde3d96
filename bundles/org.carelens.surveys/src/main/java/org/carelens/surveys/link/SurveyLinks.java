package org.carelens.surveys.link;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues and checks the tokens of survey links: unguessable (16 random bytes each), unforgeable (HMAC-SHA256 with
 * the workspace's key), expiring (the expiry is inside the signed part), and single-use through the response's
 * event id, which the token fixes.
 * <p>
 * A token is {@code base64url(payload) "." base64url(mac)}; the payload holds a version, the nonce, the expiry
 * and the survey and conversation ids. Nothing is stored per link: a server can check a link it did not issue as
 * long as it has the workspace's key.
 */
public final class SurveyLinks {

	static final int NONCE_BYTES = 16;
	private static final int VERSION = 1;
	private static final int KEY_BYTES = 32;
	/** Longer tokens are refused before any decoding: a link is about 130 characters. */
	private static final int MAX_TOKEN_LENGTH = 1024;
	private static final String MAC = "HmacSHA256";

	private final byte[] key;
	private final SecureRandom random;

	/** @param key the workspace's link key, at least 32 bytes */
	public SurveyLinks(byte[] key, SecureRandom random) {
		Objects.requireNonNull(key, "key");
		if (key.length < KEY_BYTES) {
			throw new IllegalArgumentException("a link key has at least " + KEY_BYTES + " bytes, not " + key.length);
		}
		this.key = key.clone();
		this.random = Objects.requireNonNull(random, "random");
	}

	/**
	 * Reads the workspace's link key from {@code file}, or makes one there (readable by its owner only) when there
	 * is none. Whoever has the key can forge links: it is not kept in the workspace configuration.
	 *
	 * @throws IOException naming the file when it cannot be read, or holds no key
	 */
	public static byte[] key(Path file) throws IOException {
		if (Files.exists(file)) {
			byte[] key = Files.readAllBytes(file);
			if (key.length < KEY_BYTES) {
				throw new IOException(file + " holds " + key.length + " bytes; a survey link key has " + KEY_BYTES);
			}
			return key;
		}
		byte[] key = new byte[KEY_BYTES];
		new SecureRandom().nextBytes(key);
		if (file.getParent() != null) {
			Files.createDirectories(file.getParent());
		}
		Path temporary = Files.createTempFile(file.getParent(), ".link-key", ".tmp");
		try {
			try {
				Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
			} catch (UnsupportedOperationException e) {
				// not a POSIX file system (Windows): the folder's permissions apply
			}
			Files.write(temporary, key);
			// a second server making a key at the same time must not replace the first one's: links would break
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
		} catch (java.nio.file.FileAlreadyExistsException e) {
			return key(file);
		} finally {
			Files.deleteIfExists(temporary);
		}
		return Files.readAllBytes(file);
	}

	/** @return a new link's token for {@code survey} about {@code conversation}, answerable until {@code expires} */
	public String issue(String survey, String conversation, Instant expires) {
		byte[] nonce = new byte[NONCE_BYTES];
		random.nextBytes(nonce);
		return token(new SurveyLink(nonce, survey, conversation, expires));
	}

	String token(SurveyLink link) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(96);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeByte(VERSION);
			out.write(link.nonce());
			out.writeLong(link.expires().getEpochSecond());
			out.writeUTF(link.survey());
			out.writeUTF(link.conversation());
		} catch (IOException e) {
			throw new IllegalStateException("writing to memory", e);
		}
		byte[] payload = bytes.toByteArray();
		Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
		return base64.encodeToString(payload) + "." + base64.encodeToString(mac(payload));
	}

	/** What a token turned out to be. */
	public sealed interface Check {
		/** A link of ours, still open. */
		record Valid(SurveyLink link) implements Check {
		}

		/** A link of ours whose time is up. */
		record Expired(SurveyLink link) implements Check {
		}

		/** Not a link of ours: malformed, altered, or signed with another key. */
		record Forged(String reason) implements Check {
		}
	}

	/** Checks {@code token} as of {@code now}; never throws for bad input. */
	public Check check(String token, Instant now) {
		if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
			return new Check.Forged("no token, or one too long");
		}
		int dot = token.indexOf('.');
		if (dot <= 0 || dot != token.lastIndexOf('.')) {
			return new Check.Forged("not two parts");
		}
		byte[] payload;
		byte[] mac;
		try {
			payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
			mac = Base64.getUrlDecoder().decode(token.substring(dot + 1));
		} catch (IllegalArgumentException e) {
			return new Check.Forged("not base64url");
		}
		if (!MessageDigest.isEqual(mac, mac(payload))) { // constant time: no timing oracle for the signature
			return new Check.Forged("the signature does not match");
		}
		SurveyLink link;
		try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(payload))) {
			if (in.readUnsignedByte() != VERSION) {
				return new Check.Forged("unknown version");
			}
			byte[] nonce = in.readNBytes(NONCE_BYTES);
			long expires = in.readLong();
			String survey = in.readUTF();
			String conversation = in.readUTF();
			if (in.available() > 0) {
				return new Check.Forged("trailing bytes");
			}
			link = new SurveyLink(nonce, survey, conversation, Instant.ofEpochSecond(expires));
		} catch (IOException | IllegalArgumentException e) {
			return new Check.Forged("malformed payload");
		}
		return now.isAfter(link.expires()) ? new Check.Expired(link) : new Check.Valid(link);
	}

	private byte[] mac(byte[] payload) {
		try {
			Mac mac = Mac.getInstance(MAC);
			mac.init(new SecretKeySpec(key, MAC));
			return mac.doFinal(payload);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("every Java platform has " + MAC, e);
		}
	}
}
