package org.scokg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the sco-kg ontology ({@code ontology/sco.ttl}), one constant per term, in the way
 * {@link org.apache.jena.vocabulary.RDFS} lists RDFS.
 *
 * <p>The constants name the terms under the default base, as the ontology file does, so the code reads
 * the same for every deployment. A deployment with another base names them under its own
 * ({@code <base>def/sco#}): data is moved there when written ({@link Rebase}) and read back through
 * {@link OntologyNamespace}.
 */
public final class SCO {
    private SCO() {}

    public static final String DEFAULT_BASE = "http://localhost:3030/";
    public static final String NS = DEFAULT_BASE + "def/sco#";
    public static final String ONTOLOGY_IRI = DEFAULT_BASE + "def/sco";

    private static Resource resource(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property property(String local) { return ResourceFactory.createProperty(NS + local); }

    // --- Agents and places
    public static final Resource Organisation = resource("Organisation");
    public static final Resource State = resource("State");
    public static final Resource Person = resource("Person");
    public static final Resource Place = resource("Place");
    public static final Resource City = resource("City");

    // --- Statements drawn from articles
    public static final Resource Fact = resource("Fact");
    public static final Resource Membership = resource("Membership");
    public static final Resource Meeting = resource("Meeting");
    public static final Resource Participation = resource("Participation");
    public static final Resource Pledge = resource("Pledge");
    public static final Resource Proposal = resource("Proposal");
    public static final Resource OutcomeDocument = resource("OutcomeDocument");
    public static final Resource Institution = resource("Institution");
    public static final Resource Chairmanship = resource("Chairmanship");
    public static final Resource StatisticalClaim = resource("StatisticalClaim");
    public static final Resource OfficeHolding = resource("OfficeHolding");
    public static final Resource Founding = resource("Founding");
    public static final Resource Quantity = resource("Quantity");
    public static final Resource Mention = resource("Mention");
    public static final Resource QualityNote = resource("QualityNote");

    // --- Sources
    public static final Resource Article = resource("Article");
    public static final Resource Sentence = resource("Sentence");
    public static final Resource ReferenceSource = resource("ReferenceSource");

    // --- Concept schemes and their concepts
    public static final Resource MembershipStatusScheme = resource("MembershipStatusScheme");
    public static final Resource ParticipantRoleScheme = resource("ParticipantRoleScheme");
    public static final Resource MeetingFormatScheme = resource("MeetingFormatScheme");
    public static final Resource OfficeScheme = resource("OfficeScheme");
    public static final Resource ApproximationScheme = resource("ApproximationScheme");

    public static final Resource FullMember = resource("FullMember");
    public static final Resource Observer = resource("Observer");
    public static final Resource DialoguePartner = resource("DialoguePartner");
    public static final Resource Guest = resource("Guest");

    public static final Resource HeadsOfStateCouncil = resource("HeadsOfStateCouncil");
    public static final Resource HeadsOfGovernmentCouncil = resource("HeadsOfGovernmentCouncil");
    public static final Resource ForeignMinistersCouncil = resource("ForeignMinistersCouncil");
    public static final Resource ScoPlus = resource("ScoPlus");

    public static final Resource President = resource("President");
    public static final Resource PrimeMinister = resource("PrimeMinister");
    public static final Resource ForeignMinister = resource("ForeignMinister");
    public static final Resource ActingPresident = resource("ActingPresident");
    public static final Resource Spokesperson = resource("Spokesperson");
    public static final Resource Minister = resource("Minister");
    public static final Resource OtherOffice = resource("OtherOffice");

    public static final Resource Approximately = resource("Approximately");
    public static final Resource MoreThan = resource("MoreThan");
    public static final Resource Almost = resource("Almost");
    public static final Resource AtLeast = resource("AtLeast");
    public static final Resource LessThan = resource("LessThan");

    // --- Reference data
    public static final Property isoCode = property("isoCode");
    public static final Property acronym = property("acronym");
    public static final Property country = property("country");
    public static final Property capitalOf = property("capitalOf");
    public static final Property nationality = property("nationality");

    // --- Memberships, chairmanships, offices
    public static final Property organisation = property("organisation");
    public static final Property memberState = property("memberState");
    public static final Property status = property("status");
    public static final Property startDate = property("startDate");
    public static final Property endDate = property("endDate");
    public static final Property chairState = property("chairState");
    public static final Property holder = property("holder");
    public static final Property office = property("office");
    public static final Property officeState = property("officeState");
    public static final Property founder = property("founder");
    public static final Property renamedTo = property("renamedTo");

    // --- Meetings and what happens there
    public static final Property date = property("date");
    public static final Property location = property("location");
    public static final Property ordinal = property("ordinal");
    public static final Property format = property("format");
    public static final Property meeting = property("meeting");
    public static final Property participant = property("participant");
    public static final Property role = property("role");
    public static final Property representedBy = property("representedBy");
    public static final Property pledger = property("pledger");
    public static final Property announcedBy = property("announcedBy");
    public static final Property proposer = property("proposer");
    public static final Property quantity = property("quantity");
    public static final Property timeframe = property("timeframe");
    public static final Property topic = property("topic");
    public static final Property text = property("text");
    public static final Property claimant = property("claimant");

    // --- Quantities
    public static final Property currency = property("currency");
    public static final Property approximation = property("approximation");
    public static final Property countedThing = property("countedThing");
    public static final Property surfaceForm = property("surfaceForm");

    // --- Sources and provenance
    public static final Property contentHash = property("contentHash");
    public static final Property fileName = property("fileName");
    public static final Property dateline = property("dateline");
    public static final Property agency = property("agency");
    public static final Property reporter = property("reporter");
    public static final Property editor = property("editor");
    public static final Property copyrightYear = property("copyrightYear");
    public static final Property relatedHeadline = property("relatedHeadline");
    public static final Property body = property("body");
    public static final Property retrievedOn = property("retrievedOn");
    public static final Property inArticle = property("inArticle");
    public static final Property sentenceIndex = property("sentenceIndex");
    public static final Property startOffset = property("startOffset");
    public static final Property endOffset = property("endOffset");
    public static final Property denotes = property("denotes");
    public static final Property matchMethod = property("matchMethod");
    public static final Property editDistance = property("editDistance");
    public static final Property confidence = property("confidence");
    public static final Property extractionRule = property("extractionRule");
    public static final Property qualityNote = property("qualityNote");
    public static final Property expectedCount = property("expectedCount");
    public static final Property foundCount = property("foundCount");
}
