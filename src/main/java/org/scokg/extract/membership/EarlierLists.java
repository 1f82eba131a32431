package org.scokg.extract.membership;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.scokg.vocab.MembershipStatus;

/**
 * The state lists of the sentences read so far, with the status each was given. "Kelima negara
 * itu" and "keempat negara pengamat" point back to the latest list of that size (and status): an
 * index by size finds it without going back over every earlier sentence.
 */
final class EarlierLists {
    private record SizeAndStatus(int size, MembershipStatus status) {}

    private final Map<Integer, StateList> latestBySize = new HashMap<>();
    private final Map<SizeAndStatus, StateList> latestBySizeAndStatus = new HashMap<>();
    private final Map<StateList, MembershipStatus> statuses = new IdentityHashMap<>();

    /** Records {@code list}, with its status or null, as the latest list of its size. */
    void add(StateList list, MembershipStatus status) {
        int size = list.entities().size();
        latestBySize.put(size, list);
        if (status != null) {
            latestBySizeAndStatus.put(new SizeAndStatus(size, status), list);
            statuses.put(list, status);
        }
    }

    /** The latest list of {@code size} states, of {@code status} unless that is null. */
    Optional<StateList> latest(int size, MembershipStatus status) {
        return Optional.ofNullable(status == null ? latestBySize.get(size)
                : latestBySizeAndStatus.get(new SizeAndStatus(size, status)));
    }

    /** The status {@code list} was given, or null. */
    MembershipStatus statusOf(StateList list) {
        return statuses.get(list);
    }
}
