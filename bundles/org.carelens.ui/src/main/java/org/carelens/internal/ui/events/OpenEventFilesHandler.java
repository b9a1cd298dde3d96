package org.carelens.internal.ui.events;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.carelens.internal.ui.Messages;
import org.carelens.internal.ui.UiPreferences;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; Open Event Files...: asks for one or more event files and opens them in the Event Files view.
 */
public final class OpenEventFilesHandler extends AbstractHandler {

	private static final String LAST_DIRECTORY = "lastEventFileDirectory";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		FileDialog dialog = new FileDialog(HandlerUtil.getActiveShellChecked(event), SWT.OPEN | SWT.MULTI);
		dialog.setText(Messages.EventFiles_openDialogTitle);
		dialog.setFilterExtensions(new String[] { "*.jsonl;*.jsonl.gz;*.json", "*" });
		dialog.setFilterNames(new String[] { Messages.EventFiles_filterEventFiles, Messages.EventFiles_filterAll });
		String last = UiPreferences.store().getString(LAST_DIRECTORY);
		if (!last.isEmpty()) {
			dialog.setFilterPath(last);
		}
		if (dialog.open() == null) {
			return null;
		}
		Path directory = Path.of(dialog.getFilterPath());
		UiPreferences.store().setValue(LAST_DIRECTORY, directory.toString());
		List<Path> files = Arrays.stream(dialog.getFileNames()).map(directory::resolve).toList();
		EventFilesViews.open(event, files);
		return null;
	}
}
