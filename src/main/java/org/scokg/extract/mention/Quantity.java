package org.scokg.extract.mention;

import java.math.BigDecimal;

/**
 * An amount written in a sentence. Offsets are into the article body.
 *
 * @param unit a QUDT unit as {@code unit:KiloW}, a currency as {@code currency:USD}, or null for a count
 * @param approximation a concept of the approximation scheme ({@code Almost}, {@code MoreThan}...), or null
 * @param countedThing the noun after a bare count ("2.000 personel"), or null
 */
public record Quantity(int start, int end, String surface, BigDecimal value, String unit, String approximation,
                       String countedThing) {
    public boolean hasUnit() {
        return unit != null;
    }
}
