package org.marginalia.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marginalia.model.Annotation;
import org.marginalia.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "annotate", description = {"Mark the passage of a source that reads exactly TEXT.",
        "Prints the new passage's id alone."})
final class AnnotateCommand extends ProjectCommand implements Callable<Integer> {

    @Option(names = "--doc", required = true, paramLabel = "DOC", description = "The source, by id or title.")
    String document;
    @Option(names = "--quote", required = true, paramLabel = "TEXT", description = "The exact text of the passage.")
    String quote;
    @Option(names = "--occurrence", paramLabel = "N", defaultValue = "0",
            description = "Which occurrence to mark (1-based) when the text occurs more than once.")
    int occurrence;
    @Option(names = "--tag", paramLabel = "NAME", description = "Tag the passage (repeatable).")
    List<String> tags = new ArrayList<>();
    @Option(names = "--note", paramLabel = "TEXT", defaultValue = "", description = "A note on the passage.")
    String note;

    AnnotateCommand(ProjectOpener opener) {
        super(opener);
    }

    @Override
    public Integer call() {
        if (occurrence < 0) {
            throw new IllegalArgumentException("--occurrence counts from 1");
        }
        try (Project open = opener.open(project)) {
            Annotation annotation = open.passages().annotate(document, quote, occurrence, tags, note);
            spec.commandLine().getOut().println(annotation.id());
        }
        return 0;
    }
}
