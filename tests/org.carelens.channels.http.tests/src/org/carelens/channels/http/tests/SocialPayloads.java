package org.carelens.channels.http.tests;

import java.time.Instant;

/**
 * Messenger Platform deliveries and Zalo OA events shaped as Meta's and Zalo's documentation shows them (the social
 * bundle's fixtures have the full documented examples).
 */
final class SocialPayloads {

	static final String PAGE = "104857600112233";
	static final String OA = "388613280878808645";
	static final String ZALO_APP = "360846524940903967";
	static final String INBOX_APP = "263902037430900";

	private SocialPayloads() {
	}

	/** @return a delivery of one item of the page's thread with {@code psid}: {@code "message": {...}} and the like */
	static String messenger(String psid, Instant at, String item) {
		return """
				{"object": "page", "entry": [{"id": "%1$s", "time": %3$d, "messaging": [
				  {"sender": {"id": "%2$s"}, "recipient": {"id": "%1$s"}, "timestamp": %3$d, %4$s}]}]}
				""".formatted(PAGE, psid, at.toEpochMilli(), item);
	}

	static String customerMessage(String psid, Instant at, String mid) {
		return messenger(psid, at, "\"message\": {\"mid\": \"" + mid + "\", \"text\": \"Shop ơi, áo này còn size M không?\"}");
	}

	/** @return the echo of a reply the page sent from {@code app} to {@code psid} */
	static String echo(String psid, Instant at, String mid, String app) {
		return """
				{"object": "page", "entry": [{"id": "%1$s", "time": %3$d, "messaging": [
				  {"sender": {"id": "%1$s"}, "recipient": {"id": "%2$s"}, "timestamp": %3$d,
				   "message": {"is_echo": true, "app_id": %5$s, "mid": "%4$s", "text": "Dạ còn ạ, chị lấy màu nào?"}}]}]}
				""".formatted(PAGE, psid, at.toEpochMilli(), mid, app);
	}

	static String passToInbox(String psid, Instant at, String from) {
		return messenger(psid, at, "\"pass_thread_control\": {\"previous_owner_app_id\": \"" + from
				+ "\", \"new_owner_app_id\": \"" + INBOX_APP + "\", \"metadata\": \"asked for a person\"}");
	}

	/** @return a Zalo OA event: {@code user_send_*} from the user to the OA, {@code oa_send_*} the other way */
	static String zalo(String event, String user, Instant at, String msgId) {
		boolean fromUser = event.startsWith("user_");
		return """
				{"app_id": "%1$s", "user_id_by_app": "552177279717587730", "event_name": "%2$s",
				 "sender": {"id": "%3$s"}, "recipient": {"id": "%4$s"},
				 "message": {"msg_id": "%5$s", "text": "Cho mình hỏi bảo hành bao lâu?"}, "timestamp": "%6$d"}
				""".formatted(ZALO_APP, event, fromUser ? user : OA, fromUser ? OA : user, msgId, at.toEpochMilli());
	}
}
