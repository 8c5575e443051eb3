package org.marginalia.project;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marginalia.model.Tag;
import org.marginalia.store.Transaction;

/**
 * The project's codebook during an import, looked up by parent and name in constant time: with 100,000 codes a
 * search through the list for every incoming code made the import quadratic.
 */
final class Codebook {

    private final Transaction tx;
    private final Map<String, Tag> byParentAndName = new HashMap<>();
    private final Map<Long, Tag> byId = new HashMap<>();
    private final Set<String> shortcutKeys = new HashSet<>();

    Codebook(Transaction tx) throws SQLException {
        this.tx = tx;
        tx.tags().all().forEach(this::remember);
    }

    int size() {
        return byId.size();
    }

    boolean codable(long tagId) {
        Tag tag = byId.get(tagId);
        return tag != null && tag.codable();
    }

    String name(long tagId) {
        return byId.get(tagId).name();
    }

    /** Maps provisional tag ids to stored ones, reusing a tag of the same name under the same parent. */
    Map<Long, Long> merge(List<Tag> incoming) throws SQLException {
        Map<Long, Long> ids = new HashMap<>();
        List<Tag> pending = new ArrayList<>(incoming);
        while (!pending.isEmpty()) {
            List<Tag> waiting = new ArrayList<>();
            for (Tag tag : pending) {
                if (tag.parentId() != null && !ids.containsKey(tag.parentId())) {
                    waiting.add(tag);
                    continue;
                }
                Long parent = tag.parentId() == null ? null : ids.get(tag.parentId());
                Tag same = byParentAndName.get(key(parent, tag.name()));
                if (same != null) {
                    ids.put(tag.id(), same.id());
                } else {
                    boolean keyFree = tag.shortcutKey() == null || !shortcutKeys.contains(tag.shortcutKey());
                    Tag stored = tx.tags().insert(new Tag(0, tag.name(), tag.color(), tag.description(), parent,
                            keyFree ? tag.shortcutKey() : null, tag.codable()));
                    remember(stored);
                    ids.put(tag.id(), stored.id());
                }
            }
            if (waiting.size() == pending.size()) {
                throw new ProjectException(ProjectException.Reason.INVALID,
                        "The codebook of the imported project has a cycle in its tag hierarchy");
            }
            pending = waiting;
        }
        return ids;
    }

    private void remember(Tag tag) {
        byParentAndName.put(key(tag.parentId(), tag.name()), tag);
        byId.put(tag.id(), tag);
        if (tag.shortcutKey() != null) {
            shortcutKeys.add(tag.shortcutKey());
        }
    }

    private static String key(Long parent, String name) {
        return (parent == null ? 0 : parent) + "/" + name;
    }
}
