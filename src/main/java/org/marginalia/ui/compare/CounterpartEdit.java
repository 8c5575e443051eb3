package org.marginalia.ui.compare;

import org.marginalia.project.AcceptedCounterpart;
import org.marginalia.project.Project;
import org.marginalia.ui.Edit;

/** Accepting a counterpart: the link and the passages marked for it, taken out and put back in one step each. */
record CounterpartEdit(AcceptedCounterpart accepted) implements Edit {

    @Override
    public String label() {
        return "Link Counterpart";
    }

    @Override
    public Edit undo(Project project) {
        project.counterparts().undo(accepted);
        return this;
    }

    @Override
    public Edit redo(Project project) {
        project.counterparts().redo(accepted);
        return this;
    }
}
