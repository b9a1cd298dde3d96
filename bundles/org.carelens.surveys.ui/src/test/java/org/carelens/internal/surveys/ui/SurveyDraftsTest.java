package org.carelens.internal.surveys.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.carelens.model.ChannelKind;
import org.carelens.model.CsiAttribute;
import org.carelens.model.Survey;
import org.carelens.model.SurveyKind;
import org.carelens.model.Workspace;
import org.carelens.model.demo.DemoWorkspace;
import org.junit.jupiter.api.Test;

class SurveyDraftsTest {

	private final Workspace workspace = DemoWorkspace.create(1);

	private Survey survey(String id) {
		return workspace.getSurveys().stream().filter(s -> s.getId().equals(id)).findFirst().orElseThrow();
	}

	@Test
	void addedSurveyIsValidWithTheScaleOfItsKindAndTheWorkspaceChannels() {
		Survey nps = SurveyDrafts.add(workspace, SurveyKind.NPS, "NPS 2027");

		assertEquals("nps", nps.getId());
		assertEquals(0, nps.getScaleMin());
		assertEquals(10, nps.getScaleMax());
		assertTrue(nps.getChannels().contains(ChannelKind.IN_PERSON));
		assertEquals(List.of(), SurveyDrafts.problems(workspace, nps));
		assertEquals("nps-2", SurveyDrafts.add(workspace, SurveyKind.NPS, "again").getId());
	}

	@Test
	void duplicateGetsAFreeIdAndSitsAfterTheOriginal() {
		Survey csat = survey("csat-2026");
		Survey copy = SurveyDrafts.duplicate(workspace, csat, "copy");

		assertEquals("csat-2026-copy", copy.getId());
		assertEquals(workspace.getSurveys().indexOf(csat) + 1, workspace.getSurveys().indexOf(copy));
		assertEquals(csat.getQuestionVi(), copy.getQuestionVi());
		assertEquals(csat.getDispatch().getSamplingPercent(), copy.getDispatch().getSamplingPercent());
		assertNotEquals(csat.getDispatch(), copy.getDispatch());
		assertEquals(List.of(), SurveyDrafts.problems(workspace, copy));
	}

	@Test
	void becomingCsiBringsTheFiveFactorsWithEqualWeightsAndLeavingDropsThem() {
		Survey ces = survey("ces-2026");
		SurveyDrafts.setKind(ces, SurveyKind.CSI);

		assertEquals(List.of("speed", "professionalism", "reliability", "information", "adaptability"),
				ces.getAttributes().stream().map(CsiAttribute::getKey).toList());
		assertEquals(List.of(), SurveyDrafts.problems(workspace, ces));

		SurveyDrafts.setKind(ces, SurveyKind.CES);
		assertEquals(List.of(), ces.getAttributes());
		assertEquals(1, ces.getScaleMin());
		assertEquals(7, ces.getScaleMax());
	}

	@Test
	void weightsTypedAsPercentsAreNormalisedToAddUpToOne() {
		Survey csi = survey("csi-2026");
		double[] typed = { 30, 30, 20, 10, 10 };
		for (int i = 0; i < typed.length; i++) {
			csi.getAttributes().get(i).setWeight(typed[i]);
		}
		assertEquals(List.of("Survey 'csi-2026' CSI weights add up to 100, not 1"),
				SurveyDrafts.problems(workspace, csi));

		assertTrue(SurveyDrafts.normaliseWeights(csi));

		assertEquals(List.of(0.3, 0.3, 0.2, 0.1, 0.1), csi.getAttributes().stream().map(CsiAttribute::getWeight).toList());
		assertEquals(List.of(), SurveyDrafts.problems(workspace, csi));
	}

	@Test
	void thirdsAreNormalisedToAnExactSum() {
		Survey csi = survey("csi-2026");
		csi.getAttributes().remove(4);
		csi.getAttributes().remove(3);
		csi.getAttributes().forEach(a -> a.setWeight(1));

		assertTrue(SurveyDrafts.normaliseWeights(csi));

		assertEquals(List.of(0.3333, 0.3333, 0.3334), csi.getAttributes().stream().map(CsiAttribute::getWeight).toList());
	}

	@Test
	void aZeroWeightIsNotNormalisedAway() {
		Survey csi = survey("csi-2026");
		csi.getAttributes().get(0).setWeight(0);

		assertFalse(SurveyDrafts.normaliseWeights(csi));
		assertEquals(0, csi.getAttributes().get(0).getWeight());
	}

	@Test
	void delaysPerChannelAreSetReplacedAndRemoved() {
		Survey ces = survey("ces-2026");
		SurveyDrafts.setDelay(ces, ChannelKind.CHAT, "PT15M");
		SurveyDrafts.setDelay(ces, ChannelKind.CHAT, "PT30M");
		assertEquals(Optional.of("PT30M"), SurveyDrafts.delay(ces, ChannelKind.CHAT));
		assertEquals(1, ces.getDispatch().getDelays().size());

		SurveyDrafts.setDelay(ces, ChannelKind.CHAT, " ");
		assertEquals(Optional.empty(), SurveyDrafts.delay(ces, ChannelKind.CHAT));
	}

	@Test
	void problemsOfASurveyAreTheValidatorsAboutItOnly() {
		Survey csat = survey("csat-2026");
		SurveyDrafts.policy(csat).setSamplingPercent(150);
		SurveyDrafts.setDelay(survey("nps-2026"), ChannelKind.EMAIL, "tomorrow");

		assertEquals(List.of("Survey 'csat-2026' samples 150.0% of conversations; a sampling rate is from 0 to 100"),
				SurveyDrafts.problems(workspace, csat));
		assertEquals(1, SurveyDrafts.problems(workspace, survey("nps-2026")).size());
		assertEquals(List.of(), SurveyDrafts.otherProblems(workspace));
	}

	@Test
	void listsAreCommaSeparatedWithoutBlanksOrRepeats() {
		assertEquals(List.of("spam", "internal", "test"), SurveyDrafts.items(" spam, internal,,test ,spam"));
	}
}
