package org.marginalia.cli;

import picocli.CommandLine.Option;

/** {@code --debug}: print the stack trace of an error as well as its one-line message. */
final class DebugOption {

    @Option(names = "--debug", description = "Print the full stack trace of an error.")
    boolean debug;
}
