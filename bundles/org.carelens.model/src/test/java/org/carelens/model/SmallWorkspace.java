package org.carelens.model;

import static org.carelens.internal.model.Elements.attribute;
import static org.carelens.internal.model.Elements.criterion;
import static org.carelens.internal.model.Elements.holiday;
import static org.carelens.internal.model.Elements.hours;
import static org.carelens.internal.model.Elements.target;

import org.carelens.internal.model.Elements;

/**
 * A small valid workspace with one of everything, for tests that change one thing and look at the result.
 */
public final class SmallWorkspace {

	private SmallWorkspace() {
	}

	public static Workspace create() {
		Workspace workspace = Elements.workspace("Small shop");
		Elements add = new Elements(workspace);
		add.channel("webchat", "Web chat", ChannelKind.CHAT, "webchat", "widget", "shop.vn");
		Site hn = add.site("hn", "Hà Nội", "Việt Nam", "Bắc");
		Manager manager = add.manager("m-1", "Trần Thị Lan", hn);
		Team team = add.team("t-hn-1", "Chat Hà Nội", hn, manager);
		add.agent("a-1", "Nguyễn Văn An", team, null);
		add.agent("a-2", "Lê Thu Hà", null, hn);
		Calendar office = add.calendar("office", "Office hours", "Asia/Ho_Chi_Minh");
		hours(office, Weekday.MONDAY, "08:00", "12:00");
		hours(office, Weekday.MONDAY, "13:30", "17:30");
		hours(office, Weekday.SATURDAY, "08:00", "12:00");
		holiday(office, "2026-09-02", "Quốc khánh");
		workspace.setDefaultCalendar(office);
		SlaPolicy std = add.policy("std", "Standard", office);
		target(std, SlaMetric.FIRST_RESPONSE, ChannelKind.CHAT, null, "PT2M");
		target(std, SlaMetric.FIRST_RESPONSE, ChannelKind.CHAT, Priority.URGENT, "60");
		target(std, SlaMetric.RESOLUTION, null, null, "PT8H");
		Survey csat = add.survey("csat", "CSAT", SurveyKind.CSAT, "Anh/chị hài lòng không?", "Are you satisfied?", 1,
				5, ChannelKind.CHAT);
		csat.setCommentVi("Góp ý?");
		csat.setCommentEn("Comments?");
		Survey csi = add.survey("csi", "CSI", SurveyKind.CSI, "Đánh giá", "Rate us", 1, 5, ChannelKind.VOICE);
		attribute(csi, "speed", "Tốc độ", "Speed", 0.5);
		attribute(csi, "professionalism", "Chuyên nghiệp", "Professionalism", 0.5);
		add.metricTarget("first_response_time", ChannelKind.CHAT, null, null, 120, TargetDirection.LOWER_IS_BETTER);
		add.metricTarget("first_contact_resolution", null, team, null, 0.8, TargetDirection.HIGHER_IS_BETTER);
		add.metricTarget("first_response_time", null, null, workspace.getChannels().get(0), 60,
				TargetDirection.LOWER_IS_BETTER);
		QaScorecard qa = add.scorecard("qa", "QA");
		criterion(qa, "greeting", "Greeting", 40, false);
		criterion(qa, "accuracy", "Accuracy", 60, true);
		return workspace;
	}
}
