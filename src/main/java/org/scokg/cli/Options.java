package org.scokg.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line options: {@code --name value} pairs, {@code --flag}s and positional arguments. */
final class Options {
    final Map<String, String> values = new HashMap<>();
    final List<String> positional = new ArrayList<>();
    final boolean help;

    Options(List<String> args, Set<String> withValue, Set<String> flags) {
        boolean wantsHelp = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--help") || a.equals("-h")) {
                wantsHelp = true;
            } else if (withValue.contains(a)) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(a + " needs a value");
                }
                values.put(a, args.get(++i));
            } else if (flags.contains(a)) {
                values.put(a, "true");
            } else if (a.startsWith("--")) {
                throw new UsageException("unknown option " + a);
            } else {
                positional.add(a);
            }
        }
        this.help = wantsHelp;
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    int integer(String name, int fallback) {
        String v = values.get(name);
        try {
            return v == null ? fallback : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new UsageException(name + " needs a number, not " + v);
        }
    }

    /** A mistake in the command line; the message says what to type instead. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
