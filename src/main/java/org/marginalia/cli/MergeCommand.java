package org.marginalia.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marginalia.project.CodingSnapshot;
import org.marginalia.project.MergeOutcome;
import org.marginalia.project.MergePlan;
import org.marginalia.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "merge", description = {"Adopt another coder's coding of the same sources into this project.",
        "Tags are matched by path, then by name; a merge never drops a coding. Tags new to this project",
        "are listed and created only with --accept-new-tags. The project is backed up first."})
final class MergeCommand extends ProjectCommand implements Callable<Integer> {

    @Parameters(index = "1", paramLabel = "OTHER.marginalia") Path other;
    @Option(names = "--coder", paramLabel = "NAME",
            description = "Author of the adopted passages (default: the other project's name).") String coder;
    @Option(names = "--dry-run", description = "Only say what the merge would do.") boolean dryRun;
    @Option(names = "--accept-new-tags", description = "Create the tags this project does not have.")
    boolean acceptNewTags;

    MergeCommand(ProjectOpener opener) {
        super(opener);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Project open = opener.open(project)) {
            CodingSnapshot coding = open.analysis().coding();
            MergePlan plan = open.merges().plan(coding, open.analysis().openSecondCoder(other, coding), coder);
            out.println(Tsv.row("new passages", plan.newPassages().size()));
            out.println(Tsv.row("tags added to passages", plan.tagsToAdd()));
            out.println(Tsv.row("already present", plan.alreadyPresent()));
            out.println(Tsv.row("on missing sources", plan.other().passagesOnMissingSources().size()));
            plan.newTagPaths().forEach(t -> out.println(Tsv.row("new tag", t)));
            if (dryRun) {
                return 0;
            }
            MergeOutcome outcome = open.merges().merge(plan, acceptNewTags);
            spec.commandLine().getErr().println("Adopted " + outcome.passageIds().size() + " passages and "
                    + outcome.addedTags().size() + " tags on existing passages as '" + plan.coder() + "'");
        }
        return 0;
    }
}
