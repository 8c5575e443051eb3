package org.marginalia.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marginalia.model.AlignedPair;
import org.marginalia.model.Document;
import org.marginalia.model.TextSpan;
import org.marginalia.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "align", description = {"Pair each sentence of source A with its counterpart in source B.",
        "Prints score<TAB>a_start<TAB>a_end<TAB>b_start<TAB>b_end<TAB>a text<TAB>b text (code points),",
        "or writes the same columns as CSV with --out."})
final class AlignCommand extends ProjectCommand implements Callable<Integer> {

    @Parameters(index = "1", paramLabel = "A") String first;
    @Parameters(index = "2", paramLabel = "B") String second;
    @Option(names = "--out", paramLabel = "FILE.csv") Path out;

    AlignCommand(ProjectOpener opener) {
        super(opener);
    }

    @Override
    public Integer call() throws IOException {
        try (Project open = opener.open(project)) {
            Document a = open.sources().resolve(first);
            Document b = open.sources().resolve(second);
            String textA = open.compare().text(a.id());
            String textB = open.compare().text(b.id());
            List<AlignedPair> pairs = open.compare().align(a.id(), b.id());
            if (out == null) {
                for (AlignedPair pair : pairs) {
                    spec.commandLine().getOut().println(Tsv.row(row(pair, textA, textB).toArray()));
                }
                return 0;
            }
            int written = open.exports().exportAlignment(out, a.id(), b.id());
            spec.commandLine().getErr().println("Wrote " + written + " aligned sentences to " + out);
        }
        return 0;
    }

    private static List<Object> row(AlignedPair pair, String textA, String textB) {
        TextSpan a = pair.a().toCodePoints(textA);
        TextSpan b = pair.b().toCodePoints(textB);
        return List.of(String.format(Locale.ROOT, "%.3f", pair.score()), a.start(), a.end(), b.start(), b.end(),
                pair.a().of(textA), pair.b().of(textB));
    }
}
