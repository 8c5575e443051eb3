package org.marginalia.cli;

import org.marginalia.model.MarginaliaException;
import picocli.CommandLine;

/**
 * Turns an exception from a command into one line on stderr and an exit code; the stack trace only with
 * {@code --debug}.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        boolean debug = parseResult.hasMatchedOption("--debug")
                || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"));
        var err = commandLine.getErr();
        int code = ExitCode.FAILED.code();
        if (e instanceof MarginaliaException known) {
            err.println("marginalia: " + known.getMessage());
            code = ExitCode.of(known.kind());
        } else if (e instanceof IllegalArgumentException invalid) {
            err.println("marginalia: " + invalid.getMessage());
        } else {
            err.println("marginalia: unexpected error: " + e + " (run again with --debug for details)");
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }
}
