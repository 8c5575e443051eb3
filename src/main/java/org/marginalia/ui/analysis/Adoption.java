package org.marginalia.ui.analysis;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.marginalia.project.MergeOutcome;
import org.marginalia.project.MergePlan;
import org.marginalia.project.Project;
import org.marginalia.project.SecondCoder;
import org.marginalia.ui.Background;
import org.marginalia.ui.Dialogs;
import org.marginalia.ui.EditRunner;
import org.marginalia.ui.Edits;

/**
 * Takes another coder's codings into the project from the Analysis window: the merge is planned off the FX thread,
 * tags new to this project are created only once the user has confirmed them, and the merge is one edit that the
 * window's Undo takes back.
 */
public final class Adoption {

    private final Project project;
    private final Background background;
    private final Dialogs dialogs;
    private final EditRunner edits;

    public Adoption(Project project, Background background, Dialogs dialogs, EditRunner edits) {
        this.project = project;
        this.background = background;
        this.dialogs = dialogs;
        this.edits = edits;
    }

    /** Asks which other coder's project to compare with; empty when the user cancels. */
    Optional<Path> chooseOtherCoder() {
        return dialogs.chooseProjectToOpen();
    }

    /**
     * Adopts {@code theirs} (all of the other coder's coding, or one disagreement of it).
     *
     * @param what    the codings in words, for the confirmation and the status line
     * @param outcome gets a line saying what changed, after the project changed
     */
    void adopt(SecondCoder theirs, String what, Consumer<String> outcome) {
        background.run("Planning to adopt " + what, p -> project.merges().plan(project.analysis().coding(), theirs,
                null), plan -> confirmAndMerge(plan, what, outcome));
    }

    private void confirmAndMerge(MergePlan plan, String what, Consumer<String> outcome) {
        if (plan.newPassages().isEmpty() && plan.tagsToAdd() == 0) {
            outcome.accept("Nothing to adopt: this project already has " + what);
            return;
        }
        if (!plan.newTagPaths().isEmpty() && !dialogs.confirm("Adopt Codings", "Adopting " + what
                + " adds these tags to the codebook:\n\n" + String.join("\n", plan.newTagPaths())
                + "\n\nTags with the same name and path are reused; these have none. Add them?")) {
            outcome.accept("Not adopted: the new tags were declined");
            return;
        }
        edits.edit("Adopt Codings", p -> project.merges().merge(plan, true),
                done -> new Edits.AdoptCodings(plan, done), done -> outcome.accept(describe(done, what)));
    }

    private static String describe(MergeOutcome done, String what) {
        return "Adopted " + what + ": " + done.passageIds().size() + " passages, " + done.addedTags().size()
                + " tags on passages already here, " + done.tagIds().size() + " new tags (Undo takes it back)";
    }
}
