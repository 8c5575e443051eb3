package org.marginalia.project;

import java.time.Clock;
import java.util.List;
import org.marginalia.model.Link;
import org.marginalia.model.Relation;
import org.marginalia.store.ProjectFile;
import org.marginalia.store.StoreException;

/** Use cases on links between passages. */
public final class LinkService {

    private final ProjectFile file;
    private final PassageService passages;
    private final Clock clock;

    LinkService(ProjectFile file, PassageService passages, Clock clock) {
        this.file = file;
        this.passages = passages;
        this.clock = clock;
    }

    /** Links passage {@code fromId} to {@code toId}: "from paraphrases to", "from quotes to", and so on. */
    public Link link(long fromId, long toId, Relation relation, String note) {
        if (fromId == toId) {
            throw new ProjectException(ProjectException.Reason.INVALID, "A passage cannot be linked to itself");
        }
        passages.get(fromId);
        passages.get(toId);
        refuseSecondLink(fromId, toId);
        try {
            return file.inTransaction(
                    tx -> tx.links().insert(new Link(0, fromId, toId, relation, note, clock.instant())));
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.CONFLICT) {
                throw new ProjectException(ProjectException.Reason.DUPLICATE, "Passage " + fromId + " "
                        + relation.word() + " passage " + toId + " already");
            }
            throw e;
        }
    }

    /** Two passages carry at most one link, whichever way it reads: a second, reversed one says nothing new. */
    private void refuseSecondLink(long fromId, long toId) {
        touching(fromId).stream().filter(l -> l.fromAnnotationId() == toId || l.toAnnotationId() == toId)
                .findFirst().ifPresent(l -> {
                    throw new ProjectException(ProjectException.Reason.DUPLICATE, "These passages are linked already: "
                            + "passage " + l.fromAnnotationId() + " " + l.relation().word() + " passage "
                            + l.toAnnotationId() + ". Remove that link first to link them another way.");
                });
    }

    public List<Link> list() {
        return file.inTransaction(tx -> tx.links().all());
    }

    /** The links in which the passage is either end. */
    public List<Link> touching(long annotationId) {
        return file.inTransaction(tx -> tx.links().touching(annotationId));
    }

    /** Deletes a link; returns it so undo can restore it. */
    public Link delete(long linkId) {
        return file.inTransaction(tx -> {
            Link link = tx.links().get(linkId).orElseThrow(() -> new ProjectException(
                    ProjectException.Reason.NOT_FOUND, "No link " + linkId + " in project " + file.path()));
            tx.links().delete(linkId);
            return link;
        });
    }

    public Link restore(Link link) {
        return file.inTransaction(tx -> tx.links().insert(link));
    }
}
