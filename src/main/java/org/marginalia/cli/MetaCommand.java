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
        "Fields: title, author, publisher, date, url, archive, collection, box, folder, event_date;",
        "and language (en, de, fr, ru, es, it, pt, nl), which comparison uses for stems and function words.",
        "Prints field<TAB>value for every field."})
final class MetaCommand extends ProjectCommand implements Callable<Integer> {

    /** Not bibliographic metadata but how comparison reads the source: stems and function words of this language. */
    private static final String LANGUAGE = "language";

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
            boolean changed = false;
            for (Map.Entry<String, String> change : changes.entrySet()) {
                if (change.getKey().equals(LANGUAGE)) {
                    open.compare().setLanguage(found.id(), change.getValue());
                } else {
                    metadata = metadata.with(change.getKey(), change.getValue());
                    changed = true;
                }
            }
            if (changed) {
                metadata = open.sources().updateMetadata(found.id(), metadata).metadata();
            }
            metadata.asMap().forEach((key, value) -> spec.commandLine().getOut().println(Tsv.row(key, value)));
            spec.commandLine().getOut().println(Tsv.row(LANGUAGE, open.compare().language(found.id())));
        }
        return 0;
    }
}
