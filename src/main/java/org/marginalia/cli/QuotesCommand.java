package org.marginalia.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.marginalia.model.QuoteCheck;
import org.marginalia.model.Document;
import org.marginalia.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "quotes", description = {"Check every quotation in a source against a reference source.",
        "Prints status<TAB>quote<TAB>best match<TAB>diff, status being verbatim, altered or not found."})
final class QuotesCommand extends ProjectCommand implements Callable<Integer> {

    @Option(names = "--doc", required = true, paramLabel = "A", description = "The source whose quotations to check.")
    String document;
    @Option(names = "--against", required = true, paramLabel = "B", description = "The reference source.")
    String reference;

    QuotesCommand(ProjectOpener opener) {
        super(opener);
    }

    @Override
    public Integer call() {
        try (Project open = opener.open(project)) {
            Document a = open.sources().resolve(document);
            Document b = open.sources().resolve(reference);
            for (QuoteCheck check : open.compare().checkQuotes(a.id(), b.id())) {
                String status = check.status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
                spec.commandLine().getOut().println(Tsv.row(status, check.quotation().text(),
                        check.matchText() == null ? "" : check.matchText(),
                        check.diff() == null ? "" : check.diff().summary()));
            }
        }
        return 0;
    }
}
