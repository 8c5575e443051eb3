package org.marginalia.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marginalia.model.Candidate;
import org.marginalia.model.Document;
import org.marginalia.model.TextSpan;
import org.marginalia.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "match", description = {"Find where a passage of one source comes from in another.",
        "Prints one candidate per line: score<TAB>start<TAB>end<TAB>text (code-point offsets in the other source).",
        "With --queries FILE (one passage per line), each line is prefixed by the passage's line number."})
final class MatchCommand extends ProjectCommand implements Callable<Integer> {

    @Option(names = "--doc", paramLabel = "A", description = "The source the passage is from (id or title).")
    String from;
    @Option(names = "--quote", paramLabel = "TEXT", description = "The passage.") String quote;
    @Option(names = "--queries", paramLabel = "FILE",
            description = "A UTF-8 text file with one passage per line, e.g. every quotation of a paper.")
    Path queries;
    @Option(names = "--in", required = true, paramLabel = "B", description = "The source to search (id or title).")
    String in;
    @Option(names = "--top", paramLabel = "K", defaultValue = "3", description = "How many candidates (default 3).")
    int top;

    MatchCommand(ProjectOpener opener) {
        super(opener);
    }

    @Override
    public Integer call() {
        if (top < 1) {
            throw new IllegalArgumentException("--top must be at least 1");
        }
        if ((quote == null) == (queries == null)) {
            throw new IllegalArgumentException("Give either --quote TEXT or --queries FILE");
        }
        try (Project open = opener.open(project)) {
            if (from != null) {
                open.sources().resolve(from);
            }
            Document target = open.sources().resolve(in);
            String text = open.compare().text(target.id());
            List<List<Candidate>> found = quote != null
                    ? List.of(open.compare().counterparts(quote, target.id(), top))
                    : open.compare().counterpartsOfEach(readLines(queries), target.id(), top);
            open.compare().notice().ifPresent(spec.commandLine().getErr()::println);
            for (int line = 0; line < found.size(); line++) {
                for (Candidate candidate : found.get(line)) {
                    TextSpan cp = candidate.span().toCodePoints(text);
                    String score = String.format(Locale.ROOT, "%.3f", candidate.score());
                    spec.commandLine().getOut().println(queries == null
                            ? Tsv.row(score, cp.start(), cp.end(), candidate.span().of(text))
                            : Tsv.row(line + 1, score, cp.start(), cp.end(), candidate.span().of(text)));
                }
            }
        }
        return 0;
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the queries file " + file + ": " + e.getMessage(), e);
        }
    }
}
