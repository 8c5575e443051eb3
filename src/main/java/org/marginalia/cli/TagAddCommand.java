package org.marginalia.cli;

import java.util.concurrent.Callable;
import org.marginalia.model.Tag;
import org.marginalia.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "add", description = "Add a tag to the codebook. Prints '<id><TAB><name>'.")
final class TagAddCommand extends ProjectCommand implements Callable<Integer> {

    @Parameters(index = "1", paramLabel = "NAME") String name;
    @Option(names = "--color", paramLabel = "#RRGGBB",
            description = "Highlight colour (default: the next of a palette).")
    String color;
    @Option(names = "--parent", paramLabel = "NAME", description = "Nest the tag under this tag.") String parent;
    @Option(names = "--key", paramLabel = "K", description = "One-character shortcut key, e.g. 1.") String key;

    TagAddCommand(ProjectOpener opener) {
        super(opener);
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
