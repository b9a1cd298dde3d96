package org.carelens.internal.ui.events;

import java.util.List;

import org.carelens.internal.ui.DemoData;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

/**
 * File &gt; Open Demo Data: opens the demo event file shipped with the product.
 */
public final class OpenDemoHandler extends AbstractHandler {

	@Override
	public boolean isEnabled() {
		return DemoData.eventFile().isPresent();
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		var file = DemoData.eventFile();
		if (file.isPresent()) {
			EventFilesViews.open(event, List.of(file.get()));
		}
		return null;
	}
}
