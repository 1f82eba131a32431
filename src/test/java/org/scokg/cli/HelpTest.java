package org.scokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HelpTest {
    @ParameterizedTest
    @ValueSource(strings = {"load", "serve", "query", "extract"})
    void everySubcommandHasHelp(String command) {
        Cli.Result r = Cli.run(command, "--help");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().startsWith("usage: sco " + command), r.toString());
        assertTrue(r.out().contains("--"), "the options are listed: " + r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"load", "serve", "query", "extract"})
    void helpWinsOverOtherArguments(String command) {
        Cli.Result r = Cli.run(command, "/nonexistent/article.txt", "--help");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().startsWith("usage: sco " + command), r.toString());
    }

    @Test
    void topLevelHelpListsTheCommands() {
        Cli.Result r = Cli.run("--help");
        assertEquals(0, r.exit());
        for (String command : new String[] {"load", "serve", "query", "extract"}) {
            assertTrue(r.out().contains(command), command + " missing from " + r);
        }
    }

    @Test
    void noArgumentsPrintsUsageToStderrAndFails() {
        Cli.Result r = Cli.run();
        assertNotEquals(0, r.exit());
        assertTrue(r.err().contains("usage: sco"), r.toString());
        assertEquals("", r.out(), "results only on stdout");
    }

    @Test
    void anUnknownCommandFails() {
        Cli.Result r = Cli.run("frobnicate");
        assertNotEquals(0, r.exit());
        assertTrue(r.err().contains("frobnicate"), r.toString());
    }

    @Test
    void anUnknownOptionFailsWithAHint() {
        Cli.Result r = Cli.run("load", "--frobnicate", "data/articles");
        assertNotEquals(0, r.exit());
        assertTrue(r.err().contains("--frobnicate"), r.toString());
        assertTrue(r.err().contains("--help"), r.toString());
    }

    @Test
    void anOptionWithoutItsValueFails() {
        Cli.Result r = Cli.run("query", "statuses", "--db");
        assertNotEquals(0, r.exit());
        assertTrue(r.err().contains("--db"), r.toString());
    }
}
