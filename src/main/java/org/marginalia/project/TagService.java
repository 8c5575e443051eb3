package org.marginalia.project;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.marginalia.model.Tag;
import org.marginalia.store.ProjectFile;
import org.marginalia.store.StoreException;
import org.marginalia.store.Transaction;

/** Use cases on the codebook: create, list, find, rename, recolour, re-parent, merge, delete and restore tags. */
public final class TagService {

    private final ProjectFile file;

    TagService(ProjectFile file) {
        this.file = file;
    }

    /**
     * Adds a tag to the codebook.
     *
     * @param color {@code #RRGGBB}, or null for the next colour of the palette
     * @param parentName the name of an existing tag to nest it under, or null
     * @param key a one-character shortcut, or null
     */
    public Tag add(String name, String color, String parentName, String key) {
        if (color != null && !Tag.isColor(color)) {
            throw new ProjectException(ProjectException.Reason.INVALID,
                    "Tag colour must look like #RRGGBB, not '" + color + "'");
        }
        if (key != null && key.codePointCount(0, key.length()) != 1) {
            throw new ProjectException(ProjectException.Reason.INVALID,
                    "A tag's shortcut key is one character, not '" + key + "'");
        }
        return file.inTransaction(tx -> addIn(tx, name, color, parentName, key));
    }

    /** Adds a tag inside a transaction the caller holds (a new tag applied to a passage in the same step). */
    Tag addIn(Transaction tx, String name, String color, String parentName, String key) throws SQLException {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            throw new ProjectException(ProjectException.Reason.INVALID, "A tag needs a name");
        }
        Long parentId = parentName == null ? null : resolveIn(tx.tags().findByName(parentName.strip()),
                parentName).id();
        List<Tag> existing = tx.tags().all();
        boolean taken = existing.stream().anyMatch(t -> t.name().equals(cleanName)
                && Objects.equals(t.parentId(), parentId));
        if (taken) {
            throw new ProjectException(ProjectException.Reason.DUPLICATE, "The codebook has a tag '" + cleanName
                    + "' " + (parentId == null ? "at the top level" : "under '" + parentName + "'") + " already");
        }
        if (key != null && existing.stream().anyMatch(t -> key.equals(t.shortcutKey()))) {
            throw new ProjectException(ProjectException.Reason.DUPLICATE,
                    "The shortcut key '" + key + "' belongs to another tag already");
        }
        String chosen = color != null ? color : TagPalette.next(existing.size());
        return tx.tags().insert(new Tag(0, cleanName, chosen, "", parentId, key));
    }

    public List<Tag> list() {
        return file.inTransaction(tx -> tx.tags().all());
    }

    /** How many passages carry each tag. */
    public Map<Long, Integer> passageCounts() {
        return file.inTransaction(tx -> tx.tags().passageCounts());
    }

    /** Finds a tag by its name (or id); a name used under two parents must be given by id. */
    public Tag resolve(String nameOrId) {
        return file.inTransaction(tx -> {
            List<Tag> byName = tx.tags().findByName(nameOrId.strip());
            if (byName.isEmpty() && nameOrId.matches("\\d{1,18}")) {
                var byId = tx.tags().get(Long.parseLong(nameOrId));
                if (byId.isPresent()) {
                    return byId.get();
                }
            }
            return resolveIn(byName, nameOrId);
        });
    }

    /** Saves a changed tag (name, colour, description, parent, key) as one edit. */
    public Tag update(Tag changed) {
        if (changed.parentId() != null && wouldCycle(changed.id(), changed.parentId())) {
            throw new ProjectException(ProjectException.Reason.INVALID,
                    "Tag '" + changed.name() + "' cannot be nested inside itself");
        }
        try {
            return file.inTransaction(tx -> {
                tx.tags().update(changed);
                return tx.tags().get(changed.id()).orElseThrow();
            });
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.CONFLICT) {
                throw new ProjectException(ProjectException.Reason.DUPLICATE, "Another tag has the name '"
                        + changed.name() + "' at that level or the key '" + changed.shortcutKey() + "'");
            }
            throw e;
        }
    }

    /**
     * Deletes a tag and takes it off every passage.
     *
     * @throws ProjectException when other tags are nested under it (move or merge them first)
     */
    public DeletedTag delete(long tagId) {
        return file.inTransaction(tx -> {
            Tag tag = tx.tags().get(tagId).orElseThrow(() -> notFound(tagId));
            List<Tag> children = tx.tags().all().stream().filter(t -> Long.valueOf(tagId).equals(t.parentId()))
                    .toList();
            if (!children.isEmpty()) {
                throw new ProjectException(ProjectException.Reason.INVALID, "Tag '" + tag.name() + "' has "
                        + children.size() + " tag(s) nested under it; move or merge them first");
            }
            List<Long> passages = tx.annotationTags().annotationsWith(tagId);
            tx.tags().delete(tagId);
            return new DeletedTag(tag, passages);
        });
    }

    /** Puts a deleted tag back under its old id, on the passages that still exist. */
    public Tag restore(DeletedTag deleted) {
        return file.inTransaction(tx -> {
            Tag tag = tx.tags().insert(deleted.tag());
            for (long passageId : deleted.passageIds()) {
                if (tx.annotations().get(passageId).isPresent()) {
                    tx.annotationTags().add(passageId, tag.id());
                }
            }
            return tag;
        });
    }

    /** Merges tag {@code fromId} into {@code intoId}: its passages and nested tags move over, then it is deleted. */
    public MergedTag merge(long fromId, long intoId) {
        if (fromId == intoId) {
            throw new ProjectException(ProjectException.Reason.INVALID, "A tag cannot be merged into itself");
        }
        return file.inTransaction(tx -> {
            Tag from = tx.tags().get(fromId).orElseThrow(() -> notFound(fromId));
            Tag into = tx.tags().get(intoId).orElseThrow(() -> notFound(intoId));
            List<Long> passages = tx.annotationTags().annotationsWith(fromId);
            List<Long> newlyTagged = new ArrayList<>();
            for (long passageId : passages) {
                if (tx.annotationTags().add(passageId, intoId)) {
                    newlyTagged.add(passageId);
                }
            }
            List<Long> moved = new ArrayList<>();
            for (Tag child : tx.tags().all()) {
                if (Long.valueOf(fromId).equals(child.parentId())) {
                    tx.tags().update(new Tag(child.id(), child.name(), child.color(), child.description(), into.id(),
                            child.shortcutKey()));
                    moved.add(child.id());
                }
            }
            tx.tags().delete(fromId);
            return new MergedTag(new DeletedTag(from, passages), intoId, newlyTagged, moved);
        });
    }

    /** Undoes a merge: the merged tag comes back with its passages and nested tags. */
    public Tag unmerge(MergedTag merged) {
        return file.inTransaction(tx -> {
            Tag restored = tx.tags().insert(merged.removed().tag());
            for (long passageId : merged.removed().passageIds()) {
                if (tx.annotations().get(passageId).isPresent()) {
                    tx.annotationTags().add(passageId, restored.id());
                }
            }
            for (long passageId : merged.newlyTagged()) {
                tx.annotationTags().remove(passageId, merged.intoId());
            }
            for (long childId : merged.movedChildren()) {
                var child = tx.tags().get(childId);
                if (child.isPresent()) {
                    Tag c = child.get();
                    tx.tags().update(new Tag(c.id(), c.name(), c.color(), c.description(), restored.id(),
                            c.shortcutKey()));
                }
            }
            return restored;
        });
    }

    private ProjectException notFound(long tagId) {
        return new ProjectException(ProjectException.Reason.NOT_FOUND, "No tag " + tagId + " in the codebook");
    }

    private boolean wouldCycle(long tagId, long newParentId) {
        Map<Long, Tag> byId = new HashMap<>();
        list().forEach(t -> byId.put(t.id(), t));
        Long current = newParentId;
        while (current != null) {
            if (current == tagId) {
                return true;
            }
            Tag parent = byId.get(current);
            current = parent == null ? null : parent.parentId();
        }
        return false;
    }

    private static Tag resolveIn(List<Tag> candidates, String name) {
        if (candidates.isEmpty()) {
            throw new ProjectException(ProjectException.Reason.NOT_FOUND, "No tag '" + name + "' in the codebook");
        }
        if (candidates.size() > 1) {
            throw new ProjectException(ProjectException.Reason.AMBIGUOUS, "More than one tag is named '" + name
                    + "' (ids " + candidates.stream().map(t -> String.valueOf(t.id())).toList() + "); name it by id");
        }
        return candidates.get(0);
    }
}
