package org.marginalia.cli;

import java.util.Arrays;
import picocli.CommandLine;

/** A command line that does not parse: one line saying what is wrong, and where to find the usage. */
final class UsageReporter implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println("marginalia: " + e.getMessage());
        if (Arrays.stream(args).anyMatch(a -> a.length() > 1 && a.startsWith("-") && !a.startsWith("--")
                && !command.getCommandSpec().optionsMap().containsKey(a))
                && e instanceof CommandLine.MissingParameterException) {
            // A file named "-notes.txt" reads as an option; everything after "--" is taken as a name.
            command.getErr().println("A file name starting with '-' is read as an option: put '--' before it,"
                    + " e.g. 'marginalia import PROJECT -- -notes.txt'.");
        }
        command.getErr().println("Try 'marginalia " + qualifiedName(command) + "--help' for usage.");
        command.getErr().flush();
        return Cli.USAGE;
    }

    private static String qualifiedName(CommandLine command) {
        String full = command.getCommandSpec().qualifiedName(" ");
        int space = full.indexOf(' ');
        return space < 0 ? "" : full.substring(space + 1) + " ";
    }
}
