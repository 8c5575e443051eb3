package org.marginalia.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marginalia.model.Document;
import org.marginalia.model.SourceMetadata;
import org.marginalia.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "meta", description = {"Show or change a source's citation metadata.",
        "Fields: title, author, publisher, date, url, archive, collection, box, folder, event_date.",
        "Prints field<TAB>value for every field."})
final class MetaCommand extends ProjectCommand implements Callable<Integer> {

    @Parameters(index = "1", paramLabel = "DOC", description = "The source, by id or title.") String document;
    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Change a field (repeatable).")
    Map<String, String> changes = new LinkedHashMap<>();

    MetaCommand(ProjectOpener opener) {
        super(opener);
    }

    @Override
    public Integer call() {
        try (Project open = opener.open(project)) {
            Document found = open.sources().resolve(document);
            SourceMetadata metadata = found.metadata();
            for (Map.Entry<String, String> change : changes.entrySet()) {
                metadata = metadata.with(change.getKey(), change.getValue());
            }
            if (!changes.isEmpty()) {
                metadata = open.sources().updateMetadata(found.id(), metadata).metadata();
            }
            metadata.asMap().forEach((key, value) -> spec.commandLine().getOut().println(Tsv.row(key, value)));
        }
        return 0;
    }
}
