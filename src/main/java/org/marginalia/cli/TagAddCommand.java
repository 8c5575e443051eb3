package org.marginalia.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marginalia.model.Tag;
import org.marginalia.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "add", description = "Add a tag to the codebook. Prints '<id><TAB><name>'.")
final class TagAddCommand implements Callable<Integer> {

    private final ProjectOpener opener;
    @Spec CommandSpec spec;
    @Mixin DebugOption debug;
    @Parameters(index = "0", paramLabel = "PROJECT") Path project;
    @Parameters(index = "1", paramLabel = "NAME") String name;
    @Option(names = "--color", paramLabel = "#RRGGBB", description = "Highlight colour (default: the next of a palette).")
    String color;
    @Option(names = "--parent", paramLabel = "NAME", description = "Nest the tag under this tag.") String parent;
    @Option(names = "--key", paramLabel = "K", description = "One-character shortcut key, e.g. 1.") String key;

    TagAddCommand(ProjectOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() {
        try (Project open = opener.open(project)) {
            Tag tag = open.tags().add(name, color, parent, key);
            spec.commandLine().getOut().println(Tsv.row(tag.id(), tag.name()));
        }
        return 0;
    }
}
