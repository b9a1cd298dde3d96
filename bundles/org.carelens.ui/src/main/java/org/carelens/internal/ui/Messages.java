package org.carelens.internal.ui;

import org.eclipse.osgi.util.NLS;

/**
 * The user-visible strings of the workbench, in {@code messages.properties} and its translations.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.carelens.internal.ui.messages";

	public static String Window_title;
	public static String Menu_file;
	public static String Menu_window;
	public static String Menu_showView;
	public static String Menu_help;

	public static String EventFiles_emptyTitle;
	public static String EventFiles_emptyText;
	public static String EventFiles_open;
	public static String EventFiles_openDemo;
	public static String EventFiles_openDialogTitle;
	public static String EventFiles_filterEventFiles;
	public static String EventFiles_filterAll;
	public static String EventFiles_job;
	public static String EventFiles_reading;
	public static String EventFiles_readFailed;
	public static String EventFiles_noSuchFile;
	public static String EventFiles_accessDenied;
	public static String EventFiles_isDirectory;
	public static String EventFiles_cancelled;
	public static String EventFiles_tileFiles;
	public static String EventFiles_tileEvents;
	public static String EventFiles_tileRejected;
	public static String EventFiles_tileFirst;
	public static String EventFiles_tileLast;
	public static String EventFiles_timesIn;
	public static String EventFiles_allFiles;
	public static String EventFiles_filesSection;
	public static String EventFiles_countsSection;
	public static String EventFiles_countsSectionOf;
	public static String EventFiles_problemsSection;
	public static String EventFiles_problemsNone;
	public static String EventFiles_problemsTruncated;
	public static String EventFiles_colFile;
	public static String EventFiles_colValid;
	public static String EventFiles_colRejected;
	public static String EventFiles_colLines;
	public static String EventFiles_colSize;
	public static String EventFiles_colFirst;
	public static String EventFiles_colLast;
	public static String EventFiles_colType;
	public static String EventFiles_colUnopened;
	public static String EventFiles_colUnopenedTip;
	public static String EventFiles_colNoConversation;
	public static String EventFiles_colNoConversationTip;
	public static String EventFiles_colTotal;
	public static String EventFiles_colLine;
	public static String EventFiles_colReason;
	public static String EventFiles_total;
	public static String EventFiles_none;
	public static String EventFiles_dropHint;

	public static String Channel_VOICE;
	public static String Channel_CHAT;
	public static String Channel_EMAIL;
	public static String Channel_SOCIAL;
	public static String Channel_APP;
	public static String Channel_IN_PERSON;

	public static String Preferences_description;
	public static String Preferences_zone;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
