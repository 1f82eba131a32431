package org.scokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The generated help, completion and exit codes: the command line as picocli declares it is the command line the help shows. */
class HelpTest {
    /** The commands as declared, so that a command added later is checked too. */
    static Stream<String> commands() {
        return declared().getSubcommands().keySet().stream().filter(name -> !name.equals("help"));
    }

    private static CommandLine declared() {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        return Main.commandLine(nowhere, nowhere);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everySubcommandHasHelp(String command) {
        Cli.Result r = Cli.run(command, "--help");
        assertEquals(Main.OK, r.exit(), r.toString());
        assertTrue(r.out().startsWith("usage: sco " + command), r.toString());
        assertEquals("", r.err(), "help goes to stdout");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyOptionAndParameterIsInTheHelp(String command) {
        CommandLine declared = declared().getSubcommands().get(command);
        String help = Cli.run(command, "--help").out();
        List<OptionSpec> options = declared.getCommandSpec().options();
        assertFalse(options.isEmpty(), command);
        for (OptionSpec option : options) {
            for (String name : option.names()) {
                assertTrue(help.contains(name), command + ": " + name + " is missing from the help:\n" + help);
            }
            assertFalse(option.description().length == 0, command + ": " + option.longestName() + " is not described");
        }
        for (PositionalParamSpec parameter : declared.getCommandSpec().positionalParameters()) {
            assertTrue(help.contains(parameter.paramLabel()), command + ": " + parameter.paramLabel() + " is missing from the help:\n" + help);
        }
    }

    @Test
    void topLevelHelpListsEveryCommandAndTheExitCodes() {
        Cli.Result r = Cli.run("--help");
        assertEquals(Main.OK, r.exit());
        commands().forEach(command -> assertTrue(r.out().contains("\n  " + command + " "), command + " missing from " + r));
        for (int exit : new int[] {Main.OK, Main.FAILED, Main.USAGE}) {
            assertTrue(r.out().contains("\n  " + exit + "   "), "exit code " + exit + " is explained: " + r);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"load", "serve", "query", "extract"})
    void helpWinsOverOtherArguments(String command) {
        Cli.Result r = Cli.run(command, "/nonexistent/article.txt", "--help");
        assertEquals(Main.OK, r.exit(), r.toString());
        assertTrue(r.out().startsWith("usage: sco " + command), r.toString());
    }

    @Test
    void theHelpCommandGivesACommandsHelp() {
        Cli.Result r = Cli.run("help", "query");
        assertEquals(Main.OK, r.exit(), r.toString());
        assertTrue(r.out().startsWith("usage: sco query"), r.toString());
    }

    @Test
    void noArgumentsPrintsUsageToStderrAndIsAUsageError() {
        Cli.Result r = Cli.run();
        assertEquals(Main.USAGE, r.exit());
        assertTrue(r.err().contains("usage: sco"), r.toString());
        assertEquals("", r.out(), "results only on stdout");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        Cli.Result r = Cli.run("frobnicate");
        assertEquals(Main.USAGE, r.exit());
        assertTrue(r.err().contains("frobnicate"), r.toString());
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithAHint() {
        Cli.Result r = Cli.run("load", "--frobnicate", "data/articles");
        assertEquals(Main.USAGE, r.exit());
        assertTrue(r.err().contains("--frobnicate"), r.toString());
        assertTrue(r.err().contains("sco load --help"), r.toString());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r);
    }

    @Test
    void anOptionWithoutItsValueIsAUsageError() {
        Cli.Result r = Cli.run("query", "statuses", "--db");
        assertEquals(Main.USAGE, r.exit());
        assertTrue(r.err().contains("--db"), r.toString());
    }

    @Test
    void malformedValuesAreUsageErrors() {
        for (String[] args : List.of(new String[] {"query", "statuses", "--param", "1x=2"},
                new String[] {"query", "statuses", "--param", "novalue"},
                new String[] {"query", "statuses", "--format", "xml"},
                new String[] {"load", "--batch", "many", "data/articles"},
                new String[] {"load", "--max-size", "0", "data/articles"},
                new String[] {"serve", "--trusted-proxy", "not an address"},
                new String[] {"extract"})) {
            Cli.Result r = Cli.run(args);
            assertEquals(Main.USAGE, r.exit(), String.join(" ", args) + ": " + r);
            assertTrue(r.err().contains("(see: sco " + args[0] + " --help)"), r.toString());
        }
    }

    @Test
    void aMissingInputIsAFailureNotAUsageError(@TempDir Path dir) {
        Cli.Result r = Cli.run("load", "--db", dir.resolve("db").toString(), dir.resolve("missing.txt").toString());
        assertEquals(Main.FAILED, r.exit(), r.toString());
        assertTrue(r.err().contains("missing.txt"), r.toString());
    }

    @Test
    void theCompletionScriptCompletesEveryCommandAndOption(@TempDir Path dir) throws Exception {
        Cli.Result r = Cli.run("completion");
        assertEquals(Main.OK, r.exit(), r.toString());
        commands().forEach(command -> assertTrue(r.out().contains(command), command + " is completed"));
        for (OptionSpec option : declared().getSubcommands().get("query").getCommandSpec().options()) {
            assertTrue(r.out().contains(option.longestName()), option.longestName() + " is completed");
        }
        // bash reads it and registers the completion for sco (and so ./sco)
        Path script = Files.writeString(dir.resolve("sco-completion.bash"), r.out());
        Process bash = new ProcessBuilder("bash", "-c", "source \"$1\" && complete -p sco", "bash", script.toString())
                .redirectErrorStream(true).start();
        assertTrue(bash.waitFor(60, TimeUnit.SECONDS), "bash finished");
        String said = new String(bash.getInputStream().readAllBytes());
        assertEquals(0, bash.exitValue(), said);
        assertTrue(said.contains("complete") && said.contains(" sco"), said);
    }
}
