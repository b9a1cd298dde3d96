package org.carelens.internal.model;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.carelens.model.ChannelInstance;
import org.carelens.model.Setting;
import org.carelens.model.Workspace;

/**
 * A channel instance names its connector and has distinct setting keys, none of them a secret.
 */
final class ChannelRules {

	/** Secrets are kept in the platform's secure storage, never in a file people copy and diff. */
	private static final List<String> SECRET_WORDS = List.of("password", "passwd", "secret", "token", "apikey",
			"api_key", "api-key", "privatekey", "private_key");

	private ChannelRules() {
	}

	static void check(Workspace workspace, Problems problems) {
		for (ChannelInstance channel : workspace.getChannels()) {
			if (Labels.blank(channel.getConnectorId())) {
				problems.error(channel, Labels.of(channel) + " has no connector id");
			}
			Set<String> keys = new HashSet<>();
			for (Setting setting : channel.getSettings()) {
				String key = setting.getKey();
				if (Labels.blank(key)) {
					problems.error(channel, Labels.of(channel) + " has a setting without a key");
				} else if (!keys.add(key)) {
					problems.error(channel, Labels.of(channel) + " has setting '" + key + "' twice");
				} else if (secret(key)) {
					problems.error(channel, Labels.of(channel) + " setting '" + key
							+ "' looks like a secret; keep secrets out of the workspace configuration");
				}
			}
		}
	}

	private static boolean secret(String key) {
		String lower = key.toLowerCase(Locale.ROOT);
		return SECRET_WORDS.stream().anyMatch(lower::contains);
	}
}
