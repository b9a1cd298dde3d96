package org.carelens.internal.channels.ui;

import org.eclipse.osgi.util.NLS;

/**
 * The user-visible strings of the Channels view, in {@code messages.properties} and its translations.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.carelens.internal.channels.ui.messages";

	public static String Channels_workspace;
	public static String Channels_noWorkspace;
	public static String Channels_chooseWorkspace;
	public static String Channels_chooseWorkspaceMessage;
	public static String Channels_noRuntime;
	public static String Channels_openFailed;
	public static String Channels_add;
	public static String Channels_edit;
	public static String Channels_remove;
	public static String Channels_start;
	public static String Channels_stop;
	public static String Channels_importNow;
	public static String Channels_colChannel;
	public static String Channels_colConnector;
	public static String Channels_colState;
	public static String Channels_colStored;
	public static String Channels_colRejected;
	public static String Channels_colLastEvent;
	public static String Channels_colLastError;
	public static String Channels_stateRUNNING;
	public static String Channels_stateIDLE;
	public static String Channels_stateFAILING;
	public static String Channels_stateSTOPPED;
	public static String Channels_notInstalled;
	public static String Channels_removeTitle;
	public static String Channels_removeQuestion;
	public static String Channels_importJob;
	public static String Channels_saveFailed;
	public static String Dialog_addTitle;
	public static String Dialog_editTitle;
	public static String Dialog_message;
	public static String Dialog_id;
	public static String Dialog_name;
	public static String Dialog_connector;
	public static String Dialog_browse;
	public static String Dialog_required;
	public static String Dialog_idInvalid;
	public static String Dialog_idTaken;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
