package org.marginalia.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.marginalia.model.MarginaliaException;
import org.marginalia.project.SourceReader;
import picocli.CommandLine;

/** Runs one command line: parses it, runs the command, and turns every failure into one line and an exit code. */
public final class Cli {

    /** Exit code for a refused request or an unexpected failure (the message says which); see {@link ExitCode}. */
    public static final int FAILED = ExitCode.FAILED.code();
    /** Exit code for a command line that does not parse. */
    public static final int USAGE = ExitCode.USAGE.code();

    private Cli() {
    }

    public static int run(String[] args, SourceReader reader, PrintStream out, PrintStream err) {
        ProjectOpener opener = new ProjectOpener(reader);
        CommandLine commandLine = new CommandLine(new MarginaliaCommand(), new CommandFactory(opener));
        MarginaliaCommand.neededBy(args).forEach(commandLine::addSubcommand);
        PrintWriter stdout = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter stderr = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        commandLine.setOut(stdout);
        commandLine.setErr(stderr);
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        commandLine.setParameterExceptionHandler(new UsageReporter());
        commandLine.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCode.helpList());
        int code = commandLine.execute(args);
        opener.folderWarnings().forEach(warning -> stderr.println("marginalia: warning: " + warning));
        // A backup that failed must never pass in silence, even when the command itself succeeded.
        for (MarginaliaException failure : opener.backupFailures()) {
            stderr.println("marginalia: warning: " + failure.getMessage());
            code = code == 0 ? ExitCode.BACKUP_FAILED.code() : code;
        }
        stdout.flush();
        stderr.flush();
        return code;
    }
}
