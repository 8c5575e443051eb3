package org.marginalia.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.marginalia.project.SourceReader;
import picocli.CommandLine;

/** Runs one command line: parses it, runs the command, and turns every failure into one line and an exit code. */
public final class Cli {

    /** Exit code for a refused request or a failed operation (the message says which). */
    public static final int FAILED = 1;
    /** Exit code for a command line that does not parse. */
    public static final int USAGE = 2;

    private Cli() {
    }

    public static int run(String[] args, SourceReader reader, PrintStream out, PrintStream err) {
        ProjectOpener opener = new ProjectOpener(reader);
        CommandLine commandLine = new CommandLine(new MarginaliaCommand(), new CommandFactory(opener));
        PrintWriter stdout = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter stderr = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        commandLine.setOut(stdout);
        commandLine.setErr(stderr);
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        commandLine.setParameterExceptionHandler(new UsageReporter());
        int code = commandLine.execute(args);
        stdout.flush();
        stderr.flush();
        return code;
    }
}
