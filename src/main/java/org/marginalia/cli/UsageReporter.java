package org.marginalia.cli;

import picocli.CommandLine;

/** A command line that does not parse: one line saying what is wrong, and where to find the usage. */
final class UsageReporter implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println("marginalia: " + e.getMessage());
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
