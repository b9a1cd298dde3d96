package org.carelens.internal.surveys.ui;

import org.eclipse.osgi.util.NLS;

/**
 * The user-visible strings of the survey editor, in {@code messages.properties} and its translations.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.carelens.internal.surveys.ui.messages";

	public static String Editor_noWorkspace;
	public static String Editor_workspace;
	public static String Editor_noConfiguration;
	public static String Editor_loadFailed;
	public static String Editor_save;
	public static String Editor_revert;
	public static String Editor_colName;
	public static String Editor_colKind;
	public static String Editor_add;
	public static String Editor_duplicate;
	public static String Editor_remove;
	public static String Editor_newName;
	public static String Editor_copyName;
	public static String Editor_removeTitle;
	public static String Editor_removeQuestion;
	public static String Editor_definition;
	public static String Editor_id;
	public static String Editor_name;
	public static String Editor_kind;
	public static String Editor_scale;
	public static String Editor_csatLow;
	public static String Editor_csatHigh;
	public static String Editor_npsLow;
	public static String Editor_npsHigh;
	public static String Editor_cesLow;
	public static String Editor_cesHigh;
	public static String Editor_csiLow;
	public static String Editor_csiHigh;
	public static String Editor_questionVi;
	public static String Editor_questionEn;
	public static String Editor_comment;
	public static String Editor_commentVi;
	public static String Editor_commentEn;
	public static String Editor_channels;
	public static String Editor_attributes;
	public static String Editor_attributeKey;
	public static String Editor_weight;
	public static String Editor_weightOf;
	public static String Editor_weightSum;
	public static String Editor_normalise;
	public static String Editor_normaliseRefused;
	public static String Editor_dispatch;
	public static String Editor_trigger;
	public static String Editor_triggerResolved;
	public static String Editor_triggerClosed;
	public static String Editor_triggerCampaign;
	public static String Editor_campaignTopic;
	public static String Editor_closeAfter;
	public static String Editor_linkLifetime;
	public static String Editor_sampling;
	public static String Editor_restDays;
	public static String Editor_maxPer30Days;
	public static String Editor_quietFrom;
	public static String Editor_quietUntil;
	public static String Editor_excludedTopics;
	public static String Editor_staffPatterns;
	public static String Editor_staffPatternsHint;
	public static String Editor_delays;
	public static String Editor_default;
	public static String Editor_durationsHelp;
	public static String Editor_notANumber;
	public static String Editor_discardTitle;
	public static String Editor_discardQuestion;
	public static String Editor_saveTitle;
	public static String Editor_saveRefused;
	public static String Editor_saveFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
