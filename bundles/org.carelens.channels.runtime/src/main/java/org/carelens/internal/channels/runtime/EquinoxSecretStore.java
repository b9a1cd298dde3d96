package org.carelens.internal.channels.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.osgi.service.component.annotations.Component;

/**
 * Keeps channel secrets in Eclipse secure storage, encrypted, in {@code ~/.carelens/secure_storage} (or the file
 * named by {@code $CARELENS_SECURE_STORAGE}), under a node per workspace and instance.
 * <p>
 * The headless server has no one to type a master password and no desktop keyring, so the storage is opened with a
 * random password kept in {@code secure_storage.key} next to it, readable by its owner only: secrets never sit in
 * the workspace folder (which is copied and shared), and are unreadable to other users of the machine.
 */
@Component(service = SecretStore.class)
public final class EquinoxSecretStore implements SecretStore {

	private static final String ROOT = "org.carelens.channels";

	private final Path file;
	private ISecurePreferences preferences;

	public EquinoxSecretStore() {
		this(defaultFile());
	}

	public EquinoxSecretStore(Path file) {
		this.file = file;
	}

	private static Path defaultFile() {
		String configured = System.getenv("CARELENS_SECURE_STORAGE");
		return configured != null && !configured.isBlank() ? Path.of(configured)
				: Path.of(System.getProperty("user.home"), ".carelens", "secure_storage");
	}

	private synchronized ISecurePreferences open() {
		if (preferences == null) {
			try {
				Files.createDirectories(file.toAbsolutePath().getParent());
				Map<Object, Object> options = new HashMap<>();
				options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
				options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(password().toCharArray()));
				preferences = SecurePreferencesFactory.open(file.toUri().toURL(), options);
			} catch (IOException e) {
				throw new IllegalStateException("cannot open the secure storage " + file + ": " + e.getMessage(), e);
			}
			if (preferences == null) {
				throw new IllegalStateException("the secure storage " + file + " cannot be opened");
			}
		}
		return preferences;
	}

	private String password() throws IOException {
		Path key = file.resolveSibling(file.getFileName() + ".key");
		if (!Files.exists(key)) {
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			try {
				Files.createFile(key, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
				Files.writeString(key, Base64.getEncoder().encodeToString(random), StandardCharsets.US_ASCII);
			} catch (FileAlreadyExistsException e) {
				// another process made it first: use theirs
			}
		}
		return Files.readString(key, StandardCharsets.US_ASCII).strip();
	}

	private ISecurePreferences node(Path workspace, String instanceId) {
		return open().node(ROOT).node(workspaceKey(workspace)).node(instanceId);
	}

	/** A workspace's node is named by a hash of its absolute path: paths hold '/' and may be long. */
	static String workspaceKey(Path workspace) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(
					workspace.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java", e);
		}
	}

	@Override
	public Optional<String> get(Path workspace, String instanceId, String key) {
		try {
			return Optional.ofNullable(node(workspace, instanceId).get(key, null));
		} catch (StorageException e) {
			throw new IllegalStateException("cannot read secret '" + key + "' of channel " + instanceId
					+ " from the secure storage " + file + ": " + e.getMessage(), e);
		}
	}

	@Override
	public void put(Path workspace, String instanceId, String key, String value) {
		try {
			node(workspace, instanceId).put(key, value, true);
			open().flush();
		} catch (StorageException | IOException e) {
			throw new IllegalStateException("cannot keep secret '" + key + "' of channel " + instanceId
					+ " in the secure storage " + file + ": " + e.getMessage(), e);
		}
	}

	@Override
	public void remove(Path workspace, String instanceId) {
		node(workspace, instanceId).removeNode();
		try {
			open().flush();
		} catch (IOException e) {
			throw new IllegalStateException("cannot update the secure storage " + file + ": " + e.getMessage(), e);
		}
	}

}
