package org.marginalia.cli;

import picocli.CommandLine.Command;

@Command(name = "tag", description = "Work on the codebook.", subcommands = {TagAddCommand.class})
final class TagCommand {
}
