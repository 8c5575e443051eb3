package org.marginalia.project;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.marginalia.model.ProjectNote;
import org.marginalia.store.ProjectFile;

/** Use cases on project notes (a research diary) and source memos; each call is one transaction. */
public final class NoteService {

    private final ProjectFile file;
    private final Clock clock;

    NoteService(ProjectFile file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** Every project note and source memo, oldest first. */
    public List<ProjectNote> list() {
        return file.inTransaction(tx -> tx.projectNotes().all());
    }

    /** The memos of one source, oldest first. */
    public List<ProjectNote> forSource(long documentId) {
        return file.inTransaction(tx -> tx.projectNotes().forDocument(documentId));
    }

    /** Notes and memos holding the words typed, in that order, best first. */
    public List<ProjectNote> search(String words) {
        return words.isBlank() ? list() : file.inTransaction(tx -> tx.projectNotes().search(words));
    }

    /** Adds a project note ({@code documentId} null) or a memo of that source. */
    public ProjectNote add(Long documentId, String text) {
        Instant now = clock.instant();
        return file.inTransaction(tx -> {
            if (documentId != null && tx.documents().get(documentId).isEmpty()) {
                throw new ProjectException(ProjectException.Reason.NOT_FOUND, "No source " + documentId
                        + " in project " + file.path());
            }
            return tx.projectNotes().insert(new ProjectNote(0, documentId, text, now, now));
        });
    }

    /** Replaces a note's text (the window saves as the user types). */
    public ProjectNote edit(long noteId, String text) {
        Instant now = clock.instant();
        return file.inTransaction(tx -> {
            ProjectNote note = tx.projectNotes().get(noteId).orElseThrow(() -> missing(noteId));
            ProjectNote changed = new ProjectNote(noteId, note.documentId(), text, note.created(), now);
            tx.projectNotes().update(changed);
            return changed;
        });
    }

    /** Deletes a note; returns it so undo can restore it. */
    public ProjectNote delete(long noteId) {
        return file.inTransaction(tx -> {
            ProjectNote note = tx.projectNotes().get(noteId).orElseThrow(() -> missing(noteId));
            tx.projectNotes().delete(noteId);
            return note;
        });
    }

    private ProjectException missing(long noteId) {
        return new ProjectException(ProjectException.Reason.NOT_FOUND, "No note " + noteId + " in project "
                + file.path());
    }
}
