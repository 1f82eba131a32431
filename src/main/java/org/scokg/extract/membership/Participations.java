package org.scokg.extract.membership;

import org.scokg.reference.Entity;
import org.scokg.extract.analysis.Extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The participations of an extraction, one per meeting and state. Finds the one of a pair through
 * an index, so adding stays constant time however many the article names.
 */
final class Participations {
    /** A meeting is one object per article (identity), a state an entity (value). */
    private record Key(Extraction.Meeting meeting, Entity state) {}

    private final List<Extraction.Participation> list;
    private final Map<Key, Integer> positions = new HashMap<>();

    Participations(List<Extraction.Participation> list) {
        this.list = list;
        for (int i = 0; i < list.size(); i++) {
            positions.putIfAbsent(key(list.get(i)), i);
        }
    }

    private static Key key(Extraction.Participation p) {
        return new Key(p.meeting(), p.state());
    }

    /**
     * Adds {@code p}, or completes the participation already recorded for its meeting and state
     * with the role or the representative it lacked.
     */
    void add(Extraction.Participation p) {
        Integer i = positions.get(key(p));
        if (i == null) {
            positions.put(key(p), list.size());
            list.add(p);
            return;
        }
        Extraction.Participation old = list.get(i);
        if (old.role() == null && p.role() != null) {
            list.set(i, new Extraction.Participation(p.meeting(), p.state(), p.role(), old.representative(), p.source()));
        } else if (old.representative() == null && p.representative() != null) {
            list.set(i, new Extraction.Participation(old.meeting(), old.state(), old.role(), p.representative(),
                    old.source()));
        }
    }
}
