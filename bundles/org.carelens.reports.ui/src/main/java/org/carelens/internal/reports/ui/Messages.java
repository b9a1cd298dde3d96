package org.carelens.internal.reports.ui;

import org.eclipse.osgi.util.NLS;

/**
 * The user-visible strings of the Report perspective, in {@code messages.properties} and its translations.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.carelens.internal.reports.ui.messages";

	public static String Dashboard_emptyTitle;
	public static String Dashboard_emptyText;
	public static String Dashboard_open;
	public static String Dashboard_openDemo;
	public static String Dashboard_openDialog;
	public static String Dashboard_period;
	public static String Dashboard_channel;
	public static String Dashboard_site;
	public static String Dashboard_team;
	public static String Dashboard_agent;
	public static String Dashboard_all;
	public static String Dashboard_from;
	public static String Dashboard_to;
	public static String Period_TODAY;
	public static String Period_THIS_WEEK;
	public static String Period_LAST_7_DAYS;
	public static String Period_LAST_30_DAYS;
	public static String Period_THIS_MONTH;
	public static String Period_THIS_QUARTER;
	public static String Period_CUSTOM;
	public static String Dashboard_header;
	public static String Dashboard_computing;
	public static String Dashboard_failed;
	public static String Dashboard_openFailed;
	public static String Dashboard_noServices;
	public static String Job_open;
	public static String Job_refreshing;
	public static String Job_loading;
	public static String Job_dashboard;
	public static String Job_demo;
	public static String Job_demoGenerating;
	public static String Job_demoFolding;
	public static String Tile_target;
	public static String Tile_noTarget;
	public static String Tile_noValue;
	public static String Tile_noValueHint;
	public static String Tile_change;
	public static String Tile_noChange;
	public static String Tile_sample;
	public static String Tile_ci;
	public static String Tile_lowSample;
	public static String Tile_lowSampleHint;
	public static String Status_MET;
	public static String Status_AT_RISK;
	public static String Status_MISSED;
	public static String Unit_seconds;
	public static String Unit_minutesSeconds;
	public static String Unit_hoursMinutes;
	public static String Unit_daysHours;
	public static String Unit_points;
	public static String Unit_range;
	public static String Channel_VOICE;
	public static String Channel_CHAT;
	public static String Channel_EMAIL;
	public static String Channel_SOCIAL;
	public static String Channel_APP;
	public static String Channel_IN_PERSON;
	// the charts, the tile choice and the Reports preference page
	public static String Job_charts;
	public static String Job_trend;
	public static String Charts_close;
	public static String Charts_channelMix;
	public static String Charts_slice;
	public static String Charts_responseTimes;
	public static String Charts_unanswered;
	public static String Charts_answered;
	public static String Charts_conversations;
	public static String Charts_targetMark;
	public static String Charts_flow;
	public static String Charts_created;
	public static String Charts_resolved;
	public static String Charts_backlog;
	public static String Charts_trend;
	public static String Charts_previous;
	public static String Charts_current;
	public static String Charts_targetLine;
	public static String Charts_binMinutes;
	public static String Charts_binHours;
	public static String Charts_binOver;
	public static String Bucket_DAY;
	public static String Bucket_WEEK;
	public static String Bucket_MONTH;
	public static String Dashboard_chooseTiles;
	public static String Dashboard_chooseTilesHint;
	public static String Tile_clickForTrend;
	public static String ChooseTiles_title;
	public static String ChooseTiles_message;
	public static String ChooseTiles_up;
	public static String ChooseTiles_down;
	public static String ChooseTiles_defaults;
	public static String Prefs_description;
	public static String Prefs_defaultPeriod;
	public static String Prefs_language;
	public static String Prefs_languageSystem;
	public static String Prefs_languageEnglish;
	public static String Prefs_languageVietnamese;
	public static String Prefs_languageRestart;
	public static String Prefs_languageFailed;
	public static String Prefs_targets;
	public static String Prefs_targetsNone;
	public static String Prefs_noWorkspace;
	public static String Prefs_targetsFile;
	public static String Prefs_columnMetric;
	public static String Prefs_columnChannel;
	public static String Prefs_columnTeam;
	public static String Prefs_columnInstance;
	public static String Prefs_columnTarget;
	public static String Prefs_any;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
