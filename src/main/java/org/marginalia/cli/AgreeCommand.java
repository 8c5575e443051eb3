package org.marginalia.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marginalia.analysis.StatsTables;
import org.marginalia.project.CodingSnapshot;
import org.marginalia.project.Project;
import org.marginalia.project.SecondCoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "agree", description = {"Agreement between this project's coding and another coder's project on the",
        "same sources (matched by file content), character by character: per tag and over all tags,",
        "tag<TAB>both<TAB>first_only<TAB>second_only<TAB>neither<TAB>percent<TAB>Cohen's kappa",
        "<TAB>Krippendorff's alpha"})
final class AgreeCommand extends ProjectCommand implements Callable<Integer> {

    @Parameters(index = "1", paramLabel = "OTHER.marginalia") Path other;
    @Option(names = "--tag", paramLabel = "TAG", description = "Only this tag (path or name).") String tag;
    @Option(names = "--exclude-uncoded", description = "Leave out the text that neither coder coded.")
    boolean excludeUncoded;
    @Option(names = "--out", paramLabel = "FILE.csv") Path out;

    AgreeCommand(ProjectOpener opener) {
        super(opener);
    }

    @Override
    public Integer call() {
        try (Project open = opener.open(project)) {
            CodingSnapshot coding = open.analysis().coding();
            SecondCoder second = open.analysis().openSecondCoder(other, coding);
            if (second.sourceMatch().isEmpty()) {
                spec.commandLine().getErr().println(other + " shares no source with " + project
                        + " (sources are matched by the content of their original file)");
                return 1;
            }
            StatsOutput.write(open, StatsTables.agreement(open.analysis().agreement(coding, second, tag,
                    excludeUncoded)), out, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        return 0;
    }
}
