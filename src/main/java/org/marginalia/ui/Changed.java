package org.marginalia.ui;

import java.util.HashSet;
import java.util.Set;

/**
 * What an edit changed, so the window re-reads only that: some passages (by id; each read again, or dropped when it
 * is gone), whether the links changed, or everything (sources, tags, texts: the whole project is read again). At
 * 200,000 passages a whole read costs a second of CPU; a passage read again costs a fraction of a millisecond.
 */
public record Changed(Set<Long> passageIds, boolean links, boolean everything) {

    /** A change the window cannot follow piece by piece: it reads the whole project again. */
    public static final Changed EVERYTHING = new Changed(Set.of(), true, true);
    /** Links made or removed, no passage itself. */
    public static final Changed LINKS = new Changed(Set.of(), true, false);

    public Changed {
        passageIds = Set.copyOf(passageIds);
    }

    /** A passage's tags, note or span changed, or it was made or deleted without touching any link. */
    public static Changed passage(long id) {
        return new Changed(Set.of(id), false, false);
    }

    /** A passage made, deleted or put back, with whatever links it had. */
    public static Changed passageAndLinks(long id) {
        return new Changed(Set.of(id), true, false);
    }

    /** Both changes together (several edits recorded at once). */
    public Changed and(Changed other) {
        if (everything || other.everything) {
            return EVERYTHING;
        }
        Set<Long> ids = new HashSet<>(passageIds);
        ids.addAll(other.passageIds);
        return new Changed(ids, links || other.links, false);
    }
}
