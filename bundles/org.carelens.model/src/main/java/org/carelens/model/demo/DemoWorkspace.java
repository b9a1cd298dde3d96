package org.carelens.model.demo;

import static org.carelens.internal.model.Elements.attribute;
import static org.carelens.internal.model.Elements.criterion;
import static org.carelens.internal.model.Elements.holiday;
import static org.carelens.internal.model.Elements.hours;
import static org.carelens.internal.model.Elements.target;
import static org.carelens.model.ChannelKind.APP;
import static org.carelens.model.ChannelKind.CHAT;
import static org.carelens.model.ChannelKind.EMAIL;
import static org.carelens.model.ChannelKind.IN_PERSON;
import static org.carelens.model.ChannelKind.SOCIAL;
import static org.carelens.model.ChannelKind.VOICE;
import static org.carelens.model.SlaMetric.FIRST_RESPONSE;
import static org.carelens.model.SlaMetric.NEXT_REPLY;
import static org.carelens.model.SlaMetric.RESOLUTION;
import static org.carelens.model.TargetDirection.HIGHER_IS_BETTER;
import static org.carelens.model.TargetDirection.LOWER_IS_BETTER;

import java.util.List;

import org.carelens.internal.model.Elements;
import org.carelens.internal.model.VietnameseNames;
import org.carelens.model.Calendar;
import org.carelens.model.CareLensFactory;
import org.carelens.model.ChannelInstance;
import org.carelens.model.DispatchPolicy;
import org.carelens.model.Manager;
import org.carelens.model.Priority;
import org.carelens.model.QaScorecard;
import org.carelens.model.Site;
import org.carelens.model.SlaPolicy;
import org.carelens.model.Survey;
import org.carelens.model.SurveyKind;
import org.carelens.model.Team;
import org.carelens.model.Weekday;
import org.carelens.model.Workspace;

/**
 * The configuration of the demo workspace: a Vietnamese retailer with three contact centres, every channel kind,
 * a Vietnamese business calendar for 2026, SLA policies, surveys, targets and a QA scorecard from METRICS.md.
 */
public final class DemoWorkspace {

	/** Agents per team; ten teams make the 120 agents the demo data is sized for. */
	private static final int[] AGENTS_PER_TEAM = { 16, 14, 10, 12, 16, 14, 10, 12, 8, 8 };

	private DemoWorkspace() {
	}

	/**
	 * @param seed chooses the agents' names; the same seed always gives the same configuration
	 * @return a new, valid demo workspace
	 */
	public static Workspace create(long seed) {
		Workspace workspace = Elements.workspace("CareLens Demo — Bán lẻ Sao Mai");
		Elements add = new Elements(workspace);
		channels(add);
		organization(add, new VietnameseNames(seed));
		Calendar calendar = calendar(add);
		workspace.setDefaultCalendar(calendar);
		slaPolicies(add, calendar);
		surveys(add);
		targets(add, workspace);
		scorecard(add);
		return workspace;
	}

	private static void channels(Elements add) {
		// connector ids name the connector services of issue 2; settings hold no secrets, those live elsewhere
		add.channel("hotline-1900", "Hotline 1900 6868", VOICE, "voice.asterisk", "queues", "cskh-1900",
				"host", "10.0.0.15", "port", "5038", "username", "carelens");
		add.channel("webchat", "Chat trên website", CHAT, "webchat", "widget", "saomai.vn");
		add.channel("cskh-email", "Email cskh@saomai.vn", EMAIL, "email.imap", "address", "cskh@saomai.vn",
				"imap.host", "imap.saomai.vn", "folder", "INBOX");
		add.channel("zalo-oa-shop", "Zalo OA Sao Mai Shop", SOCIAL, "social.zalo", "oa", "saomai-shop");
		add.channel("fb-messenger", "Facebook Messenger Sao Mai", SOCIAL, "social.facebook", "page", "saomai.vn");
		add.channel("app-chat", "Chat trong ứng dụng Sao Mai", APP, "app.chat", "app", "vn.saomai.app");
		add.channel("store-hn", "Quầy CSKH cửa hàng Hà Nội", IN_PERSON, "counter", "store", "HN-01");
		add.channel("store-hcm", "Quầy CSKH cửa hàng TP.HCM", IN_PERSON, "counter", "store", "HCM-01");
	}

	private static void organization(Elements add, VietnameseNames names) {
		Site hn = add.site("site-hn", "Hà Nội", "Việt Nam", "Bắc");
		Site hcm = add.site("site-hcm", "TP. Hồ Chí Minh", "Việt Nam", "Nam");
		Site dn = add.site("site-dn", "Đà Nẵng", "Việt Nam", "Trung");
		Manager hn1 = add.manager("mgr-hn-1", names.next(), hn);
		Manager hn2 = add.manager("mgr-hn-2", names.next(), hn);
		Manager hcm1 = add.manager("mgr-hcm-1", names.next(), hcm);
		Manager hcm2 = add.manager("mgr-hcm-2", names.next(), hcm);
		Manager dn1 = add.manager("mgr-dn-1", names.next(), dn);
		List<Team> teams = List.of(
				add.team("team-hn-voice", "Tổng đài Hà Nội", hn, hn1),
				add.team("team-hn-chat", "Chat & App Hà Nội", hn, hn1),
				add.team("team-hn-email", "Email Hà Nội", hn, hn2),
				add.team("team-hn-social", "Mạng xã hội Hà Nội", hn, hn2),
				add.team("team-hcm-voice", "Tổng đài TP.HCM", hcm, hcm1),
				add.team("team-hcm-chat", "Chat & App TP.HCM", hcm, hcm1),
				add.team("team-hcm-social", "Mạng xã hội TP.HCM", hcm, hcm2),
				add.team("team-hcm-store", "Quầy cửa hàng TP.HCM", hcm, hcm2),
				add.team("team-dn-voice", "Tổng đài Đà Nẵng", dn, dn1),
				add.team("team-dn-omni", "Đa kênh Đà Nẵng", dn, dn1));
		int number = 1;
		for (int t = 0; t < teams.size(); t++) {
			for (int i = 0; i < AGENTS_PER_TEAM[t]; i++, number++) {
				// the site comes from the team; agents keep none of their own
				add.agent(String.format("agent-%03d", number), names.next(), teams.get(t), null);
			}
		}
	}

	private static Calendar calendar(Elements add) {
		Calendar calendar = add.calendar("vn-office", "Giờ hành chính Việt Nam 2026", "Asia/Ho_Chi_Minh");
		for (Weekday day : List.of(Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY,
				Weekday.FRIDAY)) {
			hours(calendar, day, "08:00", "12:00");
			hours(calendar, day, "13:30", "17:30");
		}
		hours(calendar, Weekday.SATURDAY, "08:00", "12:00");
		holiday(calendar, "2026-01-01", "Tết Dương lịch");
		// Tết Nguyên Đán Bính Ngọ: mùng 1 is Tuesday 17 Feb 2026; the statutory five days run from 29 Tết to mùng 4.
		// The government may add bridge days each year: edit the calendar when the official schedule is out.
		holiday(calendar, "2026-02-16", "Tết Nguyên Đán (29 Tết)");
		holiday(calendar, "2026-02-17", "Tết Nguyên Đán (mùng 1)");
		holiday(calendar, "2026-02-18", "Tết Nguyên Đán (mùng 2)");
		holiday(calendar, "2026-02-19", "Tết Nguyên Đán (mùng 3)");
		holiday(calendar, "2026-02-20", "Tết Nguyên Đán (mùng 4)");
		// 10/3 âm lịch: lunar month 3 of Bính Ngọ begins on 17 Apr 2026 (new moon, UTC+7), so day 10 is Sunday
		// 26 Apr; a holiday on the weekly day off is taken on the next working day (Labour Code 2019, art. 111).
		holiday(calendar, "2026-04-26", "Giỗ Tổ Hùng Vương (10/3 âm lịch)");
		holiday(calendar, "2026-04-27", "Nghỉ bù Giỗ Tổ Hùng Vương");
		holiday(calendar, "2026-04-30", "Ngày Giải phóng miền Nam (30/4)");
		holiday(calendar, "2026-05-01", "Ngày Quốc tế Lao động (1/5)");
		holiday(calendar, "2026-09-01", "Quốc khánh (1/9)");
		holiday(calendar, "2026-09-02", "Quốc khánh (2/9)");
		return calendar;
	}

	/**
	 * First-response limits are the METRICS.md defaults (chat/voice 2 min, social 60 min, email 24 h); next-reply
	 * limits follow its reply-time targets (social 3 min, email 1 day). Resolution limits are ours: one business day
	 * for voice, chat and app, two for social, three calendar days for email; urgent conversations get half.
	 * Email is measured in wall-clock time, so that "24 hours" never stretches over three business days.
	 */
	private static void slaPolicies(Elements add, Calendar calendar) {
		SlaPolicy voice = add.policy("sla-voice", "SLA tổng đài", calendar);
		target(voice, FIRST_RESPONSE, VOICE, null, "PT2M");
		target(voice, RESOLUTION, VOICE, null, "PT8H");
		target(voice, RESOLUTION, VOICE, Priority.URGENT, "PT4H");
		SlaPolicy chat = add.policy("sla-chat", "SLA chat website", calendar);
		target(chat, FIRST_RESPONSE, CHAT, null, "PT2M");
		target(chat, FIRST_RESPONSE, CHAT, Priority.URGENT, "PT1M");
		target(chat, NEXT_REPLY, CHAT, null, "PT2M");
		target(chat, RESOLUTION, CHAT, null, "PT8H");
		target(chat, RESOLUTION, CHAT, Priority.URGENT, "PT4H");
		SlaPolicy app = add.policy("sla-app", "SLA chat trong ứng dụng", calendar);
		target(app, FIRST_RESPONSE, APP, null, "PT2M");
		target(app, NEXT_REPLY, APP, null, "PT3M");
		target(app, RESOLUTION, APP, null, "PT8H");
		SlaPolicy social = add.policy("sla-social", "SLA mạng xã hội", calendar);
		target(social, FIRST_RESPONSE, SOCIAL, null, "PT60M");
		target(social, FIRST_RESPONSE, SOCIAL, Priority.URGENT, "PT15M");
		target(social, NEXT_REPLY, SOCIAL, null, "PT3M");
		target(social, RESOLUTION, SOCIAL, null, "PT16H");
		SlaPolicy email = add.policy("sla-email", "SLA email", null);
		target(email, FIRST_RESPONSE, EMAIL, null, "PT24H");
		target(email, NEXT_REPLY, EMAIL, null, "PT24H");
		target(email, RESOLUTION, EMAIL, null, "PT72H");
		target(email, RESOLUTION, EMAIL, Priority.URGENT, "PT24H");
		SlaPolicy counter = add.policy("sla-counter", "SLA quầy cửa hàng", calendar);
		target(counter, FIRST_RESPONSE, IN_PERSON, null, "PT5M");
		target(counter, RESOLUTION, IN_PERSON, null, "PT30M");
	}

	private static void surveys(Elements add) {
		Survey csat = add.survey("csat-2026", "Khảo sát CSAT 2026", SurveyKind.CSAT,
				"Anh/chị hài lòng thế nào với lần hỗ trợ vừa rồi?",
				"How satisfied are you with the support you just received?", 1, 5, VOICE, CHAT, EMAIL, SOCIAL, APP,
				IN_PERSON);
		csat.setCommentVi("Anh/chị có góp ý gì thêm cho chúng tôi không?");
		csat.setCommentEn("Is there anything else you would like to tell us?");
		// a random third of resolved contacts, nobody asked twice in two weeks (seed 004: a sample, not everyone)
		csat.setDispatch(dispatch(30, 14, 2));
		Survey nps = add.survey("nps-2026", "Khảo sát NPS 2026", SurveyKind.NPS,
				"Anh/chị có sẵn lòng giới thiệu Sao Mai cho bạn bè, người thân không?",
				"How likely are you to recommend Sao Mai to a friend or colleague?", 0, 10, EMAIL, APP);
		nps.setCommentVi("Lý do chính cho điểm số của anh/chị là gì?");
		nps.setCommentEn("What is the main reason for your score?");
		// the relationship question: rarely, a day after an email or app contact
		nps.setDispatch(dispatch(20, 90, 1));
		add.survey("ces-2026", "Khảo sát CES 2026", SurveyKind.CES,
				"Sao Mai đã giúp anh/chị giải quyết vấn đề dễ dàng đến mức nào?",
				"How easy did Sao Mai make it to handle your issue?", 1, 7, CHAT, SOCIAL, APP);
		Survey csi = add.survey("csi-2026", "Chỉ số hài lòng CSI 2026", SurveyKind.CSI,
				"Xin anh/chị đánh giá chất lượng phục vụ của chúng tôi theo từng tiêu chí dưới đây.",
				"Please rate our service on each of the following.", 1, 5, VOICE, IN_PERSON);
		// the five quality factors of METRICS.md (seed 001); speed and professionalism weigh most for retail care
		attribute(csi, "speed", "Tốc độ phục vụ", "Speed of service", 0.25);
		attribute(csi, "professionalism", "Sự chuyên nghiệp của nhân viên", "Professionalism of our staff", 0.25);
		attribute(csi, "reliability", "Độ tin cậy của thông tin và cam kết", "Reliability of what we promised", 0.2);
		attribute(csi, "information", "Thông tin đầy đủ, dễ hiểu", "Complete, clear information", 0.15);
		attribute(csi, "adaptability", "Khả năng linh hoạt đáp ứng nhu cầu", "Flexibility to meet your needs", 0.15);
	}

	private static DispatchPolicy dispatch(double samplingPercent, int restDays, int maxPer30Days) {
		DispatchPolicy policy = CareLensFactory.eINSTANCE.createDispatchPolicy();
		policy.setSamplingPercent(samplingPercent);
		policy.setRestDays(restDays);
		policy.setMaxPer30Days(maxPer30Days);
		policy.getInternalCustomers().add("*@saomai.vn");
		return policy;
	}

	/** Defaults of METRICS.md; durations in seconds, rates as fractions 0–1. */
	private static void targets(Elements add, Workspace workspace) {
		add.metricTarget("first_response_time", VOICE, null, null, 120, LOWER_IS_BETTER);
		add.metricTarget("first_response_time", CHAT, null, null, 120, LOWER_IS_BETTER);
		add.metricTarget("first_response_time", SOCIAL, null, null, 3600, LOWER_IS_BETTER);
		add.metricTarget("first_response_time", EMAIL, null, null, 86_400, LOWER_IS_BETTER);
		add.metricTarget("reply_time", SOCIAL, null, null, 180, LOWER_IS_BETTER);
		add.metricTarget("reply_time", EMAIL, null, null, 86_400, LOWER_IS_BETTER);
		add.metricTarget("wait_time", VOICE, null, null, 20, LOWER_IS_BETTER);
		add.metricTarget("service_level", VOICE, null, null, 0.80, HIGHER_IS_BETTER);
		add.metricTarget("abandon_rate", VOICE, null, null, 0.05, LOWER_IS_BETTER);
		add.metricTarget("occupancy", null, null, null, 0.75, HIGHER_IS_BETTER);
		add.metricTarget("waiting_now", null, null, null, 15, LOWER_IS_BETTER);
		add.metricTarget("resolution_rate", null, null, null, 0.90, HIGHER_IS_BETTER);
		add.metricTarget("first_contact_resolution", null, null, null, 0.75, HIGHER_IS_BETTER);
		add.metricTarget("overdue", null, null, null, 0, LOWER_IS_BETTER);
		add.metricTarget("sla_compliance", null, null, null, 0.95, HIGHER_IS_BETTER);
		add.metricTarget("reopen_rate", null, null, null, 0.05, LOWER_IS_BETTER);
		// examples of the narrower scopes: a stricter team and a busier channel instance
		Team hnChat = workspace.getTeams().stream().filter(t -> t.getId().equals("team-hn-chat")).findFirst()
				.orElseThrow();
		ChannelInstance zalo = workspace.getChannels().stream().filter(c -> c.getId().equals("zalo-oa-shop"))
				.findFirst().orElseThrow();
		add.metricTarget("first_contact_resolution", null, hnChat, null, 0.80, HIGHER_IS_BETTER);
		add.metricTarget("first_response_time", null, null, zalo, 1800, LOWER_IS_BETTER);
	}

	private static void scorecard(Elements add) {
		QaScorecard qa = add.scorecard("qa-standard", "Phiếu chấm điểm chất lượng chuẩn");
		criterion(qa, "greeting", "Chào hỏi, xưng danh đúng chuẩn", 10, false);
		criterion(qa, "need", "Xác định đúng nhu cầu khách hàng", 15, false);
		criterion(qa, "accuracy", "Thông tin chính xác, đúng chính sách", 25, true);
		criterion(qa, "resolution", "Giải quyết trọn vẹn vấn đề", 20, false);
		criterion(qa, "courtesy", "Thái độ lịch sự, đồng cảm", 15, false);
		criterion(qa, "closing", "Kết thúc, hẹn gặp lại", 10, false);
		criterion(qa, "privacy", "Bảo mật thông tin khách hàng", 5, true);
	}
}
