package org.scokg.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.scokg.store.DatabaseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Spec;

/**
 * {@code sco COMMAND ...}: load, compact, serve, query, extract, wikidata, bench. Results go to stdout, logs to stderr.
 * Paths are taken as given, so relative ones name files under the directory the command was typed in.
 */
@Command(name = "sco", synopsisSubcommandLabel = "COMMAND",
        description = "Turns Indonesian news articles about the SCO into a linked-data knowledge graph.",
        footer = {"", "Every command takes --help; 'sco completion' prints a bash completion script."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            Main.OK + ":done",
            Main.FAILED + ":an input or the database is wrong (a refused article, no database, a database in use, "
                    + "another base, a query that does not parse): the message on stderr names it",
            Main.USAGE + ":the command line is wrong (an unknown command or option, a missing or malformed value)"})
public final class Main implements Callable<Integer> {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    /** The usage message starts with this, as it always has. */
    private static final String SYNOPSIS_HEADING = "usage: ";
    private static final int USAGE_WIDTH = 100;

    @Mixin
    HelpOption help;
    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return commandLine(out, err).execute(args);
    }

    /** The whole command line: every subcommand writes its results to {@code out} and its logs to {@code err}. */
    static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine sco = new CommandLine(new Main())
                .addSubcommand(new LoadCommand(out, err))
                .addSubcommand(new CompactCommand(out, err))
                .addSubcommand(new ServeCommand(err))
                .addSubcommand(new QueryCommand(out, err))
                .addSubcommand(new ExtractCommand(out, err))
                .addSubcommand(WikidataCommand.commandLine(out, err))
                .addSubcommand(new BenchCommand(out, err))
                .addSubcommand(new CompletionCommand(out))
                .addSubcommand(new CommandLine.HelpCommand());
        sco.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        sco.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        sco.setParameterExceptionHandler(Main::usageError);
        sco.setExecutionExceptionHandler(Main::executionError);
        UsageMessageSpec top = sco.getCommandSpec().usageMessage().synopsisHeading(SYNOPSIS_HEADING).width(USAGE_WIDTH);
        // every command's help says what its exit code means
        for (CommandLine command : sco.getSubcommands().values()) {
            command.getCommandSpec().usageMessage().synopsisHeading(SYNOPSIS_HEADING).width(USAGE_WIDTH)
                    .descriptionHeading("%n").parameterListHeading("%n")
                    .exitCodeListHeading(top.exitCodeListHeading()).exitCodeList(top.exitCodeList());
            command.setHelpSectionKeys(usageFirst(command.getHelpSectionKeys()));
        }
        return sco;
    }

    /** The help sections with the usage line first, then the one-line summary the command list shows. */
    private static List<String> usageFirst(List<String> keys) {
        List<String> order = new ArrayList<>(keys);
        List<String> header = List.of(UsageMessageSpec.SECTION_KEY_HEADER_HEADING,
                UsageMessageSpec.SECTION_KEY_HEADER);
        order.removeAll(header);
        order.addAll(order.indexOf(UsageMessageSpec.SECTION_KEY_SYNOPSIS) + 1, header);
        return order;
    }

    /** {@code sco} alone: the usage, on stderr, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /** A mistake in the command line: one line saying what is wrong and where the help is. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandSpec command = e.getCommandLine().getCommandSpec();
        e.getCommandLine().getErr().println(command.qualifiedName() + ": " + e.getMessage()
                + " (see: " + command.qualifiedName() + " --help)");
        return USAGE;
    }

    /** A database that cannot be opened or does not fit is the user's to fix: its message, no stack trace. */
    private static int executionError(Exception e, CommandLine command, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof DatabaseException) {
            command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + e.getMessage());
            return FAILED;
        }
        throw e;
    }
}
