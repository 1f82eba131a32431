package org.scokg.vocab;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/**
 * One kind of statement the graph holds (a class under {@code sco:Fact}, or a mention or quality note),
 * with what {@code ontology/display.ttl} says of showing it. Made by {@link FactKinds}.
 *
 * @param type        the class, as the ontology names it
 * @param order       position among the kinds: of page sections, listings, counts and writing
 * @param pathSegment the kind's name in its statements' IRIs ({@code id/membership/…})
 * @param countName   the kind's name in load summaries, if it is counted
 * @param labels      the class's labels (rdfs:label in the ontology)
 * @param section     where its statements go on a page, unless {@code sectionsOn} says otherwise
 * @param sectionsOn  the sections it takes on the pages of resources of some classes instead
 * @param summary     the parts of a statement's one-line summary, in order
 */
public record FactKind(Resource type, int order, String pathSegment, Optional<String> countName, Text labels,
                       Optional<Section> section, List<ViewpointSection> sectionsOn, List<SummaryPart> summary) {

    /** A text in several languages, English the fallback. */
    public record Text(Map<String, String> byLanguage) {
        public static final String FALLBACK = "en";

        public String in(String lang) {
            String text = byLanguage.get(lang);
            return text != null ? text : byLanguage.getOrDefault(FALLBACK, "");
        }
    }

    /** A section of a page: its fragment identifier and its heading. */
    public record Section(String anchor, Text heading) {}

    /** The section a kind takes on the page of a resource of class {@code viewpoint}. */
    public record ViewpointSection(Resource viewpoint, Section section) {}

    /** A part of a summary: the values of a property, after a word when it has one. */
    public record SummaryPart(Property property, Optional<Text> word) {}

    /** The kind's label in a language ("Membership", "Keanggotaan"). */
    public String label(String lang) {
        return labels.in(lang);
    }

    /**
     * The section of this kind on the page of a resource, given a test of the resource's classes;
     * empty for a kind shown apart from the sections.
     */
    public Optional<Section> sectionFor(Predicate<Resource> pageIsA) {
        return sectionsOn.stream().filter(s -> pageIsA.test(s.viewpoint())).map(ViewpointSection::section)
                .findFirst().or(this::section);
    }
}
