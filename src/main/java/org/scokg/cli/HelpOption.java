package org.scokg.cli;

import picocli.CommandLine.Option;

/** {@code -h, --help} on every command; it wins over every other argument. */
final class HelpOption {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "print this help and exit")
    boolean requested;
}
