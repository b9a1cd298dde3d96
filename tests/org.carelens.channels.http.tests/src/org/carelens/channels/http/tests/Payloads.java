package org.carelens.channels.http.tests;

import java.time.Instant;

/** Chatwoot webhook payloads shaped as Chatwoot sends them (see the webchat bundle's fixtures). */
final class Payloads {

	private Payloads() {
	}

	static String conversationCreated(long conversation, long contact, Instant at) {
		return """
				{"additional_attributes": {"referer": "https://shop.example.vn/gio-hang"}, "can_reply": true,
				 "channel": "Channel::WebWidget",
				 "contact_inbox": {"id": 311, "contact_id": %2$d, "inbox_id": 3, "source_id": "b3c1a7e2-8f0d-4c55-9d1e-2a6f7c0e9b14"},
				 "id": %1$d, "inbox_id": 3, "messages": [], "labels": [],
				 "meta": {"sender": {"email": "khach%2$d@example.vn", "id": %2$d, "name": "Nguyễn Thị Lan", "type": "contact"}},
				 "status": "open", "priority": null, "unread_count": 0, "agent_last_seen_at": 0, "contact_last_seen_at": 0,
				 "timestamp": %3$d, "created_at": %3$d, "updated_at": %3$d.0, "event": "conversation_created"}
				""".formatted(conversation, contact, at.getEpochSecond());
	}

	static String message(long id, long conversation, Instant at, boolean incoming) {
		String sender = incoming
				? "{\"id\": 5012, \"name\": \"Nguyễn Thị Lan\", \"email\": \"lan.nguyen@example.vn\", \"type\": \"contact\"}"
				: "{\"id\": 7, \"name\": \"Trần Minh Đức\", \"email\": \"duc.tran@example.vn\", \"type\": \"user\"}";
		return """
				{"account": {"id": 1, "name": "Cửa hàng Example"}, "additional_attributes": {}, "content_attributes": {},
				 "content_type": "text", "content": "Tin nhắn số %1$d: đơn hàng của mình khi nào giao ạ?",
				 "conversation": {"channel": "Channel::WebWidget", "id": %2$d, "inbox_id": 3, "status": "open", "timestamp": %3$d},
				 "created_at": "%4$s", "id": %1$d, "inbox": {"id": 3, "name": "Website"},
				 "message_type": "%5$s", "private": false, "sender": %6$s, "source_id": null, "event": "message_created"}
				""".formatted(id, conversation, at.getEpochSecond(), at, incoming ? "incoming" : "outgoing", sender);
	}

	static String resolved(long conversation, Instant at) {
		return """
				{"channel": "Channel::WebWidget", "id": %1$d, "inbox_id": 3,
				 "meta": {"sender": {"id": 5012, "type": "contact"}, "assignee": {"id": 7, "name": "Trần Minh Đức", "email": "duc.tran@example.vn", "type": "user"}},
				 "status": "resolved", "timestamp": %2$d, "updated_at": %2$d.5,
				 "changed_attributes": [{"status": {"previous_value": "open", "current_value": "resolved"}}],
				 "event": "conversation_status_changed"}
				""".formatted(conversation, at.getEpochSecond());
	}
}
