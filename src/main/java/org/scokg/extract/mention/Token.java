package org.scokg.extract.mention;

/** A word of a sentence; offsets are into the article body. */
public record Token(String text, int start, int end) {
    public boolean capitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    public boolean allCaps() {
        return text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    public String lower() {
        return text.toLowerCase();
    }
}
