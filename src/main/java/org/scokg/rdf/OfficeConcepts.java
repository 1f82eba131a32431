package org.scokg.rdf;

/** The concept of {@code sco:OfficeScheme} for a people-query role name. */
final class OfficeConcepts {
    private OfficeConcepts() {}

    static String of(String role) {
        return switch (role) {
            case "president" -> "President";
            case "prime_minister" -> "PrimeMinister";
            case "foreign_minister" -> "ForeignMinister";
            case "acting_president" -> "ActingPresident";
            case "spokesperson" -> "Spokesperson";
            case "minister" -> "Minister";
            default -> "OtherOffice";
        };
    }
}
