package org.carelens.surveys.dispatch;

import java.time.Instant;
import java.util.List;

/**
 * The decisions taken so far, as the dispatch policy needs them: so that no conversation is decided twice and a
 * customer's caps count every survey sent or planned.
 */
public interface SurveyHistory {

	/** @return whether {@code survey} was already decided (sent or skipped) for {@code conversation} */
	boolean decided(String survey, String conversation);

	/** @return the send times of every survey sent or planned to {@code customerKey}, of any survey, in order */
	List<Instant> sendsTo(String customerKey);
}
