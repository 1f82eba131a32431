package org.scokg.extract.analysis;

import org.scokg.reference.Entity;

/**
 * A person named in a sentence, with the office and state the sentence gives them.
 *
 * @param role the people-query role ({@code president}, {@code prime_minister}...), or null when no title
 * @param state the state named with the title, or null
 */
public record PersonMention(int sentence, int start, int end, Extraction.Person person, String role, Entity state) {}
