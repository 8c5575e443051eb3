package org.marginalia.project;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.marginalia.model.Annotation;
import org.marginalia.model.Link;
import org.marginalia.model.Relation;
import org.marginalia.model.TextSpan;
import org.marginalia.store.ProjectFile;
import org.marginalia.store.StoreException;
import org.marginalia.store.Transaction;

/**
 * Accepting a found counterpart: marking both ends as passages where they are not yet and linking them is one user
 * action, so it is one transaction; a failure half-way (a duplicate link, a span outside the text) leaves nothing
 * behind. Undo and redo are single transactions too.
 */
public final class CounterpartService {

    private final ProjectFile file;
    private final Clock clock;
    private final String author;

    CounterpartService(ProjectFile file, Clock clock, String author) {
        this.file = file;
        this.clock = clock;
        this.author = author;
    }

    /**
     * Links the text at {@code fromSpan} of one source to the text at {@code toSpan} of another: "from paraphrases
     * to", "from quotes to". Each end that is not yet a passage at exactly that place is marked as one.
     *
     * @throws ProjectException DUPLICATE when the two passages are already linked that way, INVALID when a span holds
     *                          no text
     */
    public AcceptedCounterpart accept(long fromDocumentId, TextSpan fromSpan, long toDocumentId, TextSpan toSpan,
            Relation relation) {
        try {
            return file.inTransaction(tx -> {
                List<Annotation> created = new ArrayList<>();
                Annotation from = passageAt(tx, fromDocumentId, fromSpan, created);
                Annotation to = passageAt(tx, toDocumentId, toSpan, created);
                if (from.id() == to.id()) {
                    throw new ProjectException(ProjectException.Reason.INVALID,
                            "A passage cannot be linked to itself");
                }
                Link link = tx.links().insert(new Link(0, from.id(), to.id(), relation, "", clock.instant()));
                return new AcceptedCounterpart(link, from, to, created);
            });
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.CONFLICT) {
                throw new ProjectException(ProjectException.Reason.DUPLICATE,
                        "These two passages are already linked as “" + relation.word() + "”");
            }
            throw e;
        }
    }

    /** Takes an accepted counterpart out again: the link, and the passages that accepting marked. */
    public void undo(AcceptedCounterpart accepted) {
        file.inTransaction(tx -> {
            tx.links().delete(accepted.link().id());
            for (Annotation passage : accepted.created()) {
                tx.annotations().delete(passage.id());
            }
            return null;
        });
    }

    /** Puts an undone counterpart back under its old ids. */
    public void redo(AcceptedCounterpart accepted) {
        file.inTransaction(tx -> {
            for (Annotation passage : accepted.created()) {
                tx.annotations().insert(passage);
            }
            return tx.links().insert(accepted.link());
        });
    }

    private Annotation passageAt(Transaction tx, long documentId, TextSpan wanted, List<Annotation> created)
            throws SQLException {
        String text = tx.documents().text(documentId);
        wanted.checkWithin(text);
        TextSpan span = PassageContext.trim(text, wanted);
        if (span.isEmpty()) {
            throw new ProjectException(ProjectException.Reason.INVALID, "The counterpart holds no text to mark");
        }
        for (Annotation a : tx.annotations().forDocument(documentId)) {
            if (a.span().equals(span)) {
                return a;
            }
        }
        PassageContext context = PassageContext.of(text, span);
        Instant now = clock.instant();
        long id = tx.annotations().insert(new Annotation(0, documentId, span, context.quote(), context.prefix(),
                context.suffix(), "", author, now, now, List.of()));
        Annotation made = tx.annotations().get(id).orElseThrow();
        created.add(made);
        return made;
    }
}
