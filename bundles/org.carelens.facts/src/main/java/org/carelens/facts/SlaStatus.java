package org.carelens.facts;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A conversation against the targets of its SLA policy; a target the policy does not set is empty.
 *
 * @param policy             the policy named by the conversation
 * @param firstResponse      the first-response target
 * @param resolution         the resolution target
 * @param nextRepliesChecked replies after the first that had a next-reply target
 * @param nextRepliesBreached of those, the replies that came after their due time
 * @param nextReplyPending   the due time of a customer message still waiting for its reply
 */
public record SlaStatus(Optional<String> policy, Optional<SlaCheck> firstResponse, Optional<SlaCheck> resolution,
		int nextRepliesChecked, int nextRepliesBreached, Optional<SlaCheck> nextReplyPending) {

	public static final SlaStatus NONE = new SlaStatus(Optional.empty(), Optional.empty(), Optional.empty(), 0, 0,
			Optional.empty());

	public SlaStatus {
		Objects.requireNonNull(policy, "policy");
		Objects.requireNonNull(firstResponse, "firstResponse");
		Objects.requireNonNull(resolution, "resolution");
		Objects.requireNonNull(nextReplyPending, "nextReplyPending");
	}

	/** @return whether every target that applies was met or can still be met as of {@code at} */
	public boolean compliantAt(Instant at) {
		return !firstResponse.map(c -> c.missedAt(at)).orElse(false) && !resolution.map(c -> c.missedAt(at)).orElse(false)
				&& nextRepliesBreached == 0 && !nextReplyPending.map(c -> c.missedAt(at)).orElse(false);
	}

	/** @return whether any target applies to the conversation */
	public boolean applies() {
		return firstResponse.isPresent() || resolution.isPresent() || nextRepliesChecked > 0
				|| nextReplyPending.isPresent();
	}
}
