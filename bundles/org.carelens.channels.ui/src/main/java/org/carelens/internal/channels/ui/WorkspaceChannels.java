package org.carelens.internal.channels.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.carelens.core.api.channel.ChannelInstance;
import org.carelens.internal.channels.runtime.CheckpointFile;
import org.carelens.internal.channels.runtime.SecretStore;
import org.carelens.model.CareLensFactory;
import org.carelens.model.ChannelKind;
import org.carelens.model.Setting;
import org.carelens.model.Workspace;
import org.carelens.model.convert.WorkspaceConverter;
import org.carelens.model.store.WorkspaceModelStore;

/**
 * The channel instances of a workspace: in its configuration file, their secrets in the secret store.
 */
final class WorkspaceChannels {

	private final Path workspace;
	private final SecretStore secrets;
	private final WorkspaceModelStore store;

	WorkspaceChannels(Path workspace, SecretStore secrets) {
		this.workspace = workspace;
		this.secrets = secrets;
		this.store = new WorkspaceModelStore(workspace);
	}

	/** @return the instances by id, in the order of the configuration; none for a new workspace */
	Map<String, ChannelInstance> load() throws IOException {
		return store.exists() ? new LinkedHashMap<>(WorkspaceConverter.channels(store.load())) : Map.of();
	}

	/**
	 * Adds an instance, or replaces the one of the same id.
	 *
	 * @param secretKeys the keys of {@code instance}'s connector that are secret: their values go to the secret
	 *                   store, not into the configuration
	 */
	void save(ChannelInstance instance, Map<String, String> values, Set<String> secretKeys) throws IOException {
		Workspace model = model();
		org.carelens.model.ChannelInstance channel = CareLensFactory.eINSTANCE.createChannelInstance();
		channel.setId(instance.id());
		channel.setName(instance.name());
		channel.setKind(ChannelKind.get(instance.kind().name()));
		channel.setConnectorId(instance.connectorId());
		for (Map.Entry<String, String> entry : values.entrySet()) {
			if (secretKeys.contains(entry.getKey())) {
				secrets.put(workspace, instance.id(), entry.getKey(), entry.getValue());
			} else {
				Setting setting = CareLensFactory.eINSTANCE.createSetting();
				setting.setKey(entry.getKey());
				setting.setValue(entry.getValue());
				channel.getSettings().add(setting);
			}
		}
		int index = -1;
		for (int i = 0; i < model.getChannels().size(); i++) {
			if (instance.id().equals(model.getChannels().get(i).getId())) {
				index = i;
			}
		}
		if (index >= 0) {
			model.getChannels().set(index, channel);
		} else {
			model.getChannels().add(channel);
		}
		store.save(model);
	}

	/** Removes an instance, its secrets and its checkpoint; the events it stored stay. */
	void remove(String id) throws IOException {
		Workspace model = model();
		if (model.getChannels().removeIf(c -> id.equals(c.getId()))) {
			store.save(model);
		}
		secrets.remove(workspace, id);
		new CheckpointFile(workspace, id).delete();
	}

	private Workspace model() throws IOException {
		if (store.exists()) {
			return store.load();
		}
		Workspace model = CareLensFactory.eINSTANCE.createWorkspace();
		model.setName(workspace.getFileName().toString());
		return model;
	}
}
