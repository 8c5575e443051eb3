package org.marginalia.project;

import java.sql.SQLException;
import org.marginalia.model.Tag;
import org.marginalia.store.Transaction;

/** The one rule about tag folders (REFI-QDA's isCodable="false"): they hold tags but are never applied. */
final class TagFolders {

    private TagFolders() {
    }

    /** @throws ProjectException naming the folder when {@code tagId} is one */
    static void refuseToApply(Transaction tx, long tagId) throws SQLException {
        Tag tag = tx.tags().get(tagId).orElse(null);
        if (tag != null && !tag.codable()) {
            throw new ProjectException(ProjectException.Reason.INVALID, "'" + tag.name() + "' is a tag folder: it "
                    + "holds tags but is never applied to a passage; choose one of the tags inside it");
        }
    }
}
