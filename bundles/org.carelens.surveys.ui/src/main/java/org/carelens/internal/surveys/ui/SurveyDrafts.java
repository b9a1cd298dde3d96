package org.carelens.internal.surveys.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.carelens.model.CareLensFactory;
import org.carelens.model.ChannelDelay;
import org.carelens.model.ChannelInstance;
import org.carelens.model.ChannelKind;
import org.carelens.model.CsiAttribute;
import org.carelens.model.DispatchPolicy;
import org.carelens.model.Survey;
import org.carelens.model.SurveyKind;
import org.carelens.model.Workspace;
import org.carelens.model.validation.WorkspaceValidator;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The edits the survey editor makes to the surveys of a workspace configuration, UI-free: new and duplicated surveys
 * that are valid from the start, a kind change that brings the kind's scale (and, for CSI, its attributes), CSI
 * weights normalised to the model's rule (they add up to 1), and the validator's messages about one survey.
 */
public final class SurveyDrafts {

	/** The five quality factors of METRICS.md rated by a CSI survey: key, question in Vietnamese and English. */
	static final List<String[]> CSI_FACTORS = List.of(
			new String[] { "speed", "Tốc độ phục vụ", "Speed of service" },
			new String[] { "professionalism", "Sự chuyên nghiệp của nhân viên", "Professionalism of our staff" },
			new String[] { "reliability", "Độ tin cậy của thông tin và cam kết", "Reliability of what we promised" },
			new String[] { "information", "Thông tin đầy đủ, dễ hiểu", "Complete, clear information" },
			new String[] { "adaptability", "Khả năng linh hoạt đáp ứng nhu cầu", "Flexibility to meet your needs" });

	/** The CSI attributes are rated 1–5 (the model allows any scale for CSI; 1–5 is the common one). */
	static final int CSI_MIN = 1;
	static final int CSI_MAX = 5;

	private SurveyDrafts() {
	}

	/**
	 * Adds a survey of {@code kind} with the standard question of its kind, its scale, and every channel kind the
	 * workspace has an instance of (all kinds when it has none).
	 *
	 * @return the new survey, with an id no other survey has
	 */
	public static Survey add(Workspace workspace, SurveyKind kind, String name) {
		Survey survey = CareLensFactory.eINSTANCE.createSurvey();
		survey.setId(freeId(workspace, kind.getLiteral().toLowerCase()));
		survey.setName(name);
		setKind(survey, kind);
		String[] question = standardQuestion(kind);
		survey.setQuestionVi(question[0]);
		survey.setQuestionEn(question[1]);
		Set<ChannelKind> kinds = new LinkedHashSet<>();
		for (ChannelInstance channel : workspace.getChannels()) {
			kinds.add(channel.getKind());
		}
		survey.getChannels().addAll(kinds.isEmpty() ? ChannelKind.VALUES : kinds);
		workspace.getSurveys().add(survey);
		return survey;
	}

	/** Adds a copy of {@code survey} right after it, under a new id and {@code name}. */
	public static Survey duplicate(Workspace workspace, Survey survey, String name) {
		Survey copy = EcoreUtil.copy(survey);
		copy.setId(freeId(workspace, survey.getId() + "-copy"));
		copy.setName(name);
		workspace.getSurveys().add(workspace.getSurveys().indexOf(survey) + 1, copy);
		return copy;
	}

	/**
	 * Sets the kind and the scale that goes with it; a survey that becomes CSI gets the five quality factors with
	 * equal weights, one that stops being CSI loses its attributes (the model allows them on CSI only).
	 */
	public static void setKind(Survey survey, SurveyKind kind) {
		survey.setKind(kind);
		if (kind == SurveyKind.CSI) {
			survey.setScaleMin(CSI_MIN);
			survey.setScaleMax(CSI_MAX);
			if (survey.getAttributes().isEmpty()) {
				for (String[] factor : CSI_FACTORS) {
					CsiAttribute attribute = CareLensFactory.eINSTANCE.createCsiAttribute();
					attribute.setKey(factor[0]);
					attribute.setQuestionVi(factor[1]);
					attribute.setQuestionEn(factor[2]);
					attribute.setWeight(1.0 / CSI_FACTORS.size());
					survey.getAttributes().add(attribute);
				}
			}
		} else {
			org.carelens.core.api.SurveyKind scale = org.carelens.core.api.SurveyKind.valueOf(kind.getName());
			survey.setScaleMin(scale.min());
			survey.setScaleMax(scale.max());
			survey.getAttributes().clear();
		}
	}

	/**
	 * Scales the CSI weights so that they add up to 1, as the model requires, keeping their proportions; rounded
	 * to four decimals (0.01 %), the last one taking the rounding so that the sum is exact.
	 *
	 * @return whether the weights could be normalised: false when one is not positive
	 */
	public static boolean normaliseWeights(Survey survey) {
		List<CsiAttribute> attributes = survey.getAttributes();
		double sum = 0;
		for (CsiAttribute attribute : attributes) {
			if (!(attribute.getWeight() > 0)) {
				return false;
			}
			sum += attribute.getWeight();
		}
		if (attributes.isEmpty()) {
			return false;
		}
		BigDecimal rest = BigDecimal.ONE;
		for (int i = 0; i < attributes.size(); i++) {
			CsiAttribute attribute = attributes.get(i);
			BigDecimal weight = i == attributes.size() - 1 ? rest
					: BigDecimal.valueOf(attribute.getWeight() / sum).setScale(4, RoundingMode.HALF_UP);
			attribute.setWeight(weight.doubleValue());
			rest = rest.subtract(weight);
		}
		return true;
	}

	/** @return the dispatch policy of {@code survey}, made (with every value at its default) when it has none */
	public static DispatchPolicy policy(Survey survey) {
		if (survey.getDispatch() == null) {
			survey.setDispatch(CareLensFactory.eINSTANCE.createDispatchPolicy());
		}
		return survey.getDispatch();
	}

	/** @return the delay of {@code survey} on {@code channel}; empty when the default applies */
	public static Optional<String> delay(Survey survey, ChannelKind channel) {
		if (survey.getDispatch() == null) {
			return Optional.empty();
		}
		return survey.getDispatch().getDelays().stream().filter(d -> d.getChannel() == channel)
				.map(ChannelDelay::getDelay).findFirst();
	}

	/** Sets the delay on {@code channel}; a blank one removes it, so that the default applies. */
	public static void setDelay(Survey survey, ChannelKind channel, String delay) {
		DispatchPolicy policy = policy(survey);
		policy.getDelays().removeIf(d -> d.getChannel() == channel);
		if (!delay.isBlank()) {
			ChannelDelay added = CareLensFactory.eINSTANCE.createChannelDelay();
			added.setChannel(channel);
			added.setDelay(delay.strip());
			policy.getDelays().add(added);
		}
	}

	/** @return the items of a comma-separated list, stripped, without blanks and repeats */
	public static List<String> items(String text) {
		return List.copyOf(new LinkedHashSet<>(Arrays.stream(text.split(",")).map(String::strip)
				.filter(s -> !s.isEmpty()).toList()));
	}

	/** Replaces {@code list} by the items of the comma-separated {@code text}. */
	public static void setItems(List<String> list, String text) {
		list.clear();
		list.addAll(items(text));
	}

	/** @return the validator's messages about {@code survey} or anything in it */
	public static List<String> problems(Workspace workspace, Survey survey) {
		return messages(workspace, element -> EcoreUtil.isAncestor(survey, element));
	}

	/** @return the validator's messages about the workspace's configuration outside its surveys */
	public static List<String> otherProblems(Workspace workspace) {
		return messages(workspace, element -> workspace.getSurveys().stream()
				.noneMatch(s -> EcoreUtil.isAncestor(s, element)));
	}

	private static List<String> messages(Workspace workspace, java.util.function.Predicate<EObject> about) {
		List<String> messages = new ArrayList<>();
		for (Diagnostic child : WorkspaceValidator.diagnose(workspace).getChildren()) {
			if (!child.getData().isEmpty() && child.getData().get(0) instanceof EObject element
					&& about.test(element)) {
				messages.add(child.getMessage());
			}
		}
		return List.copyOf(messages);
	}

	private static String freeId(Workspace workspace, String base) {
		Set<String> taken = new java.util.HashSet<>();
		workspace.getSurveys().forEach(s -> taken.add(s.getId()));
		if (!taken.contains(base)) {
			return base;
		}
		int n = 2;
		while (taken.contains(base + "-" + n)) {
			n++;
		}
		return base + "-" + n;
	}

	/** @return the standard prompt for an optional comment, in Vietnamese and English */
	static String[] standardComment() {
		return new String[] { "Anh/chị có góp ý gì thêm cho chúng tôi không?",
				"Is there anything else you would like to tell us?" };
	}

	/** @return the standard question of {@code kind}, in Vietnamese and English */
	static String[] standardQuestion(SurveyKind kind) {
		return switch (kind) {
		case CSAT -> new String[] { "Anh/chị hài lòng thế nào với lần hỗ trợ vừa rồi?",
				"How satisfied are you with the support you just received?" };
		case NPS -> new String[] { "Anh/chị có sẵn lòng giới thiệu chúng tôi cho bạn bè, người thân không?",
				"How likely are you to recommend us to a friend or colleague?" };
		case CES -> new String[] { "Chúng tôi đã giúp anh/chị giải quyết vấn đề dễ dàng đến mức nào?",
				"How easy did we make it to handle your issue?" };
		case CSI -> new String[] { "Xin anh/chị đánh giá chất lượng phục vụ của chúng tôi theo từng tiêu chí dưới đây.",
				"Please rate our service on each of the following." };
		};
	}
}
