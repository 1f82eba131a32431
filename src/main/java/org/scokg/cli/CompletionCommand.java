package org.scokg.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sco completion}: a bash completion script for every command and option, generated from the command line itself. */
@Command(name = "completion", header = "Prints a bash completion script for sco.",
        description = {"Prints a bash (and zsh) completion script for sco on stdout. Use it with:",
            "  source <(./sco completion)"})
final class CompletionCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;
    @Spec
    CommandSpec spec;

    private final PrintStream out;

    CompletionCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        out.print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
        return Main.OK;
    }
}
