package org.marginalia.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.marginalia.model.ProjectNote;
import org.marginalia.project.Project;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "notes", description = {"List, add, edit or delete project notes (a research diary) and source memos.",
        "Without an action, prints one note a line: id, source id (empty for a project note), text.",
        "--add prints the new note's id alone."})
final class NotesCommand extends ProjectCommand implements Callable<Integer> {

    @Option(names = "--source", paramLabel = "DOC", description = "The source (id or title) whose memos to list or "
            + "to add to; without it, --add writes a project note and the list shows every note.")
    String source;

    @ArgGroup(exclusive = true)
    Action action;

    /** At most one action per call. */
    static final class Action {
        @Option(names = "--add", paramLabel = "TEXT", description = "Add a note.") String add;
        @Option(names = "--edit", arity = "2", paramLabel = "ID TEXT", description = "Replace note ID's text.")
        List<String> edit;
        @Option(names = "--delete", paramLabel = "ID", description = "Delete note ID.") Long delete;
        @Option(names = "--search", paramLabel = "WORDS", description = "Only the notes holding these words.")
        String search;
    }

    NotesCommand(ProjectOpener opener) {
        super(opener);
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (Project open = opener.open(project)) {
            Long documentId = source == null ? null : open.sources().resolve(source).id();
            if (action != null && action.add != null) {
                out.println(open.notes().add(documentId, action.add).id());
            } else if (action != null && action.edit != null) {
                open.notes().edit(parseId(action.edit.get(0)), action.edit.get(1));
            } else if (action != null && action.delete != null) {
                open.notes().delete(action.delete);
            } else {
                List<ProjectNote> notes = action != null && action.search != null
                        ? open.notes().search(action.search)
                        : documentId == null ? open.notes().list() : open.notes().forSource(documentId);
                for (ProjectNote note : notes) {
                    out.println(Tsv.row(note.id(), note.documentId() == null ? "" : note.documentId(), note.text()));
                }
            }
        }
        return 0;
    }

    private static long parseId(String id) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + id + "' is not a note id; 'notes PROJECT' lists them");
        }
    }
}
