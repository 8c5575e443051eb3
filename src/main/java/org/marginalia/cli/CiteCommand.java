package org.marginalia.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.marginalia.model.CitationStyle;
import org.marginalia.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "cite", description = {"Print the citation of each passage, one a line, in a CSL style.",
        "Styles: chicago (notes and bibliography, the default), chicago-author-date, apa, mla, or a .csl file."})
final class CiteCommand extends ProjectCommand implements Callable<Integer> {

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PASSAGE", description = "Passage ids.")
    List<Long> passages;
    @Option(names = "--style", paramLabel = "STYLE", defaultValue = "chicago",
            description = "chicago, chicago-author-date, apa, mla, or the path of a .csl file (default: chicago).")
    String style;
    @Option(names = "--bibliography", description = "Then a blank line and the bibliography of their sources.")
    boolean bibliography;

    CiteCommand(ProjectOpener opener) {
        super(opener);
    }

    @Override
    public Integer call() {
        CitationStyle chosen = CitationStyle.named(style);
        try (Project open = opener.open(project)) {
            for (long passage : passages) {
                spec.commandLine().getOut().println(open.citations().cite(passage, chosen));
            }
            if (bibliography) {
                spec.commandLine().getOut().println();
                open.citations().bibliographyOfPassages(passages, chosen)
                        .forEach(entry -> spec.commandLine().getOut().println(entry));
            }
        }
        return 0;
    }
}
