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
	// Comparisons view
	public static String Comparisons_by;
	public static String Comparisons_byAGENT;
	public static String Comparisons_byTEAM;
	public static String Comparisons_byMANAGER;
	public static String Comparisons_bySITE;
	public static String Comparisons_byCHANNEL;
	public static String Comparisons_chart;
	public static String Comparisons_all;
	public static String Comparisons_unassigned;
	public static String Comparisons_emptyTitle;
	public static String Comparisons_emptyText;
	public static String Comparisons_rank;
	public static String Comparisons_benchmark;
	public static String Comparisons_legend;
	public static String Comparisons_tipValue;
	public static String Comparisons_tipTarget;
	public static String Comparisons_tipSample;
	public static String Comparisons_tipRank;
	public static String Comparisons_tipPrevious;
	public static String Comparisons_tipBenchmark;
	public static String Comparisons_failed;
	public static String Comparisons_noRows;
	public static String Comparisons_export;
	public static String Comparisons_exportTooltip;
	public static String Comparisons_exported;
	public static String Comparisons_exportFailed;
	public static String Comparisons_import;
	public static String Comparisons_importTooltip;
	public static String Comparisons_importTitle;
	public static String Comparisons_imported;
	public static String Comparisons_importedUnknown;
	public static String Comparisons_importFailed;
	public static String Comparisons_benchmarksBroken;
	public static String Comparisons_chartTarget;
	public static String Job_comparisons;
	public static String Job_export;
	public static String Job_importBenchmarks;
	public static String Comparisons_chartTitleTarget;
	public static String Comparisons_line;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
