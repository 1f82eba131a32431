package org.scokg.extract.mention;

import org.scokg.reference.Entity;
import org.scokg.reference.EntityKind;

/**
 * An entity named in a sentence. Offsets are into the article body.
 *
 * @param method {@code exact}, {@code alias} or {@code fuzzy}
 */
public record Mention(int sentence, int start, int end, String surface, Entity entity, String method, int distance) {
    public boolean is(EntityKind kind) {
        return entity.kind() == kind;
    }
}
