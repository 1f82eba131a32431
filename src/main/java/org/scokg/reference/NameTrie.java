package org.scokg.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Every normalised name of the gazetteer in one character trie, so that a text is matched against
 * all names at once, one character at a time: walking from a word, the walk stops as soon as no
 * name goes on that way, and each node where a name ends holds its names. The same trie gives the
 * names within an edit distance of a text ({@link #within}), as a Levenshtein automaton would: one
 * row of the distance table per node, the names sharing a prefix sharing its rows, and no branch
 * followed once every cell of its row is over the distance, or when its names are all too short or
 * too long to be within it.
 */
public final class NameTrie {
    /** A state of the walk: the names that end here (none when a name only passes through), and where each character leads. */
    public static final class Node {
        private char[] labels = new char[0];
        private Node[] children = new Node[0];
        private List<Gazetteer.Name> names = List.of();
        /** The lengths of the shortest and the longest names at or under this node. */
        private int shortest = Integer.MAX_VALUE;
        private int longest;

        /** The node one character on, or null when no name continues with {@code c}. */
        public Node next(char c) {
            int i = Arrays.binarySearch(labels, c);
            return i >= 0 ? children[i] : null;
        }

        /** The node after {@code text}, or null when no name continues with it. */
        public Node next(CharSequence text) {
            Node node = this;
            for (int i = 0; i < text.length() && node != null; i++) {
                node = node.next(text.charAt(i));
            }
            return node;
        }

        /** The names that are exactly the text walked to this node, once per entity. */
        public List<Gazetteer.Name> names() {
            return names;
        }

        private void holds(int nameLength) {
            shortest = Math.min(shortest, nameLength);
            longest = Math.max(longest, nameLength);
        }

        private Node child(char c) {
            int i = Arrays.binarySearch(labels, c);
            if (i >= 0) {
                return children[i];
            }
            int at = -i - 1;
            Node child = new Node();
            labels = insert(labels, at, c);
            Node[] grown = Arrays.copyOf(children, children.length + 1);
            System.arraycopy(children, at, grown, at + 1, children.length - at);
            grown[at] = child;
            children = grown;
            return child;
        }

        private static char[] insert(char[] a, int at, char c) {
            char[] grown = Arrays.copyOf(a, a.length + 1);
            System.arraycopy(a, at, grown, at + 1, a.length - at);
            grown[at] = c;
            return grown;
        }
    }

    private final Node root = new Node();

    /** @param byName the names of the gazetteer by their normal form */
    NameTrie(Map<String, List<Gazetteer.Name>> byName) {
        byName.forEach((normalized, names) -> {
            Node node = root;
            node.holds(normalized.length());
            for (int i = 0; i < normalized.length(); i++) {
                node = node.child(normalized.charAt(i));
                node.holds(normalized.length());
            }
            node.names = names;
        });
    }

    /** Where every walk starts: the empty text. */
    public Node root() {
        return root;
    }

    /**
     * The normal forms of the names that begin with the first character of {@code text} and are
     * within {@code maxDistance} of it in optimal string alignment distance (as {@link Names#editDistance}),
     * in no particular order.
     */
    public List<String> within(String text, int maxDistance) {
        List<String> found = new ArrayList<>();
        Node first = text.isEmpty() ? null : root.next(text.charAt(0));
        if (first != null) {
            new DistanceWalk(text, maxDistance, found).descend(first, text.charAt(0), 1);
        }
        return found;
    }

    /**
     * One walk of {@link #within}: row j of the distance table is for the name's first j characters
     * against every prefix of the text. A cell further than the distance from the diagonal is over
     * it whatever the characters, so only the band around the diagonal is worked out; anything over
     * the distance is kept as distance + 1.
     */
    private static final class DistanceWalk {
        private final String text;
        private final int maxDistance;
        private final int over;
        private final List<String> found;
        /** The rows of the nodes from the root to the current one; a transposition looks two rows up. */
        private final int[][] rows;
        private final char[] path;

        DistanceWalk(String text, int maxDistance, List<String> found) {
            this.text = text;
            this.maxDistance = maxDistance;
            this.over = maxDistance + 1;
            this.found = found;
            int longest = text.length() + maxDistance;
            this.rows = new int[longest + 1][text.length() + 1];
            this.path = new char[longest];
            for (int i = 0; i <= text.length(); i++) {
                rows[0][i] = i;
            }
        }

        /** Adds the names under {@code node}, reached by {@code c} as the {@code j}-th character. */
        void descend(Node node, char c, int j) {
            if (node.longest < text.length() - maxDistance || node.shortest > text.length() + maxDistance) {
                return; // every name here is too short or too long
            }
            path[j - 1] = c;
            int[] row = rows[j];
            int[] above = rows[j - 1];
            int length = text.length();
            int lo = Math.max(1, j - maxDistance);
            int hi = Math.min(length, j + maxDistance);
            row[0] = Math.min(j, over);
            row[lo - 1] = lo == 1 ? row[0] : over;
            int rowMin = row[lo - 1];
            for (int i = lo; i <= hi; i++) {
                int cost = text.charAt(i - 1) == c ? 0 : 1;
                int v = Math.min(Math.min(above[i] + 1, row[i - 1] + 1), above[i - 1] + cost);
                if (j > 1 && i > 1 && text.charAt(i - 2) == c && text.charAt(i - 1) == path[j - 2]) {
                    v = Math.min(v, rows[j - 2][i - 2] + 1);
                }
                row[i] = Math.min(v, over);
                rowMin = Math.min(rowMin, row[i]);
            }
            if (hi < length) {
                row[hi + 1] = over; // what the next row reads just past this band
            }
            if (rowMin > maxDistance) {
                return; // every longer name is as far or further
            }
            if (!node.names.isEmpty() && hi == length && row[length] <= maxDistance) {
                found.add(new String(path, 0, j));
            }
            if (j < path.length) {
                for (int k = 0; k < node.labels.length; k++) {
                    descend(node.children[k], node.labels[k], j + 1);
                }
            }
        }
    }
}
