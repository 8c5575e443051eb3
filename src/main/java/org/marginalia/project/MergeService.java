package org.marginalia.project;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.marginalia.analysis.TagKeys;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.Tag;
import org.marginalia.model.TextSpan;
import org.marginalia.store.ProjectFile;
import org.marginalia.store.Transaction;

/**
 * Adopts another coder's coding into this project, never dropping a coding: their passages on the shared sources
 * are added (or their tags added to our passage on the very same span), tags are matched by path and name, new tags
 * are created only when the user confirms them, and the whole merge is one transaction that can be undone.
 */
public final class MergeService {

    private final ProjectFile file;
    private final BackupService backups;

    MergeService(ProjectFile file, BackupService backups) {
        this.file = file;
        this.backups = backups;
    }

    /** What the merge would do; changes nothing. */
    public MergePlan plan(CodingSnapshot ours, SecondCoder other, String coder) {
        Map<Long, String> theirPaths = other.coding().tagPaths();
        List<String> newTags = other.tagMatch().entrySet().stream().filter(e -> e.getValue().isEmpty())
                .map(Map.Entry::getKey).sorted(String.CASE_INSENSITIVE_ORDER).toList();
        Map<String, Annotation> ourBySpan = new HashMap<>();
        Map<Long, String> ourPaths = ours.tagPaths();
        ours.passages().forEach(p -> ourBySpan.putIfAbsent(spanKey(p.documentId(), p.span()), p));
        List<Annotation> newPassages = new ArrayList<>();
        int tagsToAdd = 0;
        int present = 0;
        for (Annotation p : other.coding().passages()) {
            Long source = other.sourceMatch().get(p.documentId());
            if (source == null) {
                continue;
            }
            Annotation mine = ourBySpan.get(spanKey(source, p.span()));
            if (mine == null) {
                newPassages.add(p);
                continue;
            }
            List<String> mineKeys = mine.tagIds().stream().map(t -> TagKeys.of(ourPaths.get(t))).toList();
            for (long tagId : p.tagIds()) {
                String path = theirPaths.get(tagId);
                String ourPath = other.tagMatch().getOrDefault(path, Optional.empty()).orElse(path);
                if (mineKeys.contains(TagKeys.of(ourPath))) {
                    present++;
                } else {
                    tagsToAdd++;
                }
            }
        }
        String name = coder == null || coder.isBlank() ? other.coding().projectName() : coder.strip();
        return new MergePlan(other, name, newTags, newPassages, tagsToAdd, present);
    }

    /**
     * Carries out the plan in one transaction, after a backup.
     *
     * @param newTagsConfirmed the user has seen {@link MergePlan#newTagPaths()} and agrees to create them
     * @throws ProjectException when new tags are not confirmed, or when some of their passages are on sources this
     *                          project does not have (they would be lost; import those sources first)
     */
    public MergeOutcome merge(MergePlan plan, boolean newTagsConfirmed) {
        SecondCoder other = plan.other();
        List<Annotation> stranded = other.passagesOnMissingSources();
        if (!stranded.isEmpty()) {
            String titles = other.unmatchedSources().stream().map(Document::title).map(t -> "'" + t + "'")
                    .collect(Collectors.joining(", "));
            throw new ProjectException(ProjectException.Reason.NOT_FOUND, stranded.size() + " passages of "
                    + other.file() + " are on sources this project does not have (" + titles
                    + "); import them first so no coding is lost");
        }
        if (!plan.newTagPaths().isEmpty() && !newTagsConfirmed) {
            throw new ProjectException(ProjectException.Reason.INVALID, "Merging " + other.file()
                    + " would create new tags: " + String.join(", ", plan.newTagPaths()) + "; confirm them first");
        }
        backups.beforeBulkChange();
        return file.inTransaction(tx -> apply(tx, plan));
    }

    private MergeOutcome apply(Transaction tx, MergePlan plan) throws SQLException {
        SecondCoder other = plan.other();
        Map<Long, String> theirPaths = other.coding().tagPaths();
        Map<String, Long> ourIdByKey = new HashMap<>();
        List<Tag> ourTags = tx.tags().all();
        CodingSnapshot ourNow = new CodingSnapshot("", List.of(), ourTags, List.of());
        ourNow.tagPaths().forEach((id, path) -> ourIdByKey.put(TagKeys.of(path), id));
        List<Long> createdTags = new ArrayList<>();
        Map<Long, Long> tagMap = new HashMap<>();
        for (Tag theirs : other.coding().tags()) {
            String path = theirPaths.get(theirs.id());
            String ourPath = other.tagMatch().getOrDefault(path, Optional.empty()).orElse(path);
            tagMap.put(theirs.id(), ensurePath(tx, ourPath, theirs.color(), ourIdByKey, createdTags));
        }
        Map<String, Annotation> ourBySpan = new HashMap<>();
        tx.annotations().all().forEach(p -> ourBySpan.putIfAbsent(spanKey(p.documentId(), p.span()), p));
        List<Long> passageIds = new ArrayList<>();
        List<long[]> addedTags = new ArrayList<>();
        Map<Long, String> texts = new HashMap<>();
        for (Annotation p : other.coding().passages()) {
            long source = other.sourceMatch().get(p.documentId());
            Annotation mine = ourBySpan.get(spanKey(source, p.span()));
            if (mine != null) {
                for (long tagId : p.tagIds()) {
                    long ours = tagMap.get(tagId);
                    if (tx.annotationTags().add(mine.id(), ours)) {
                        addedTags.add(new long[] {mine.id(), ours});
                    }
                }
                continue;
            }
            if (!texts.containsKey(source)) {
                texts.put(source, tx.documents().text(source));
            }
            String text = texts.get(source);
            p.span().checkWithin(text);
            PassageContext context = PassageContext.of(text, p.span());
            long id = tx.annotations().insert(new Annotation(0, source, p.span(), context.quote(), context.prefix(),
                    context.suffix(), p.note(), plan.coder(), p.created(), p.modified(), List.of()));
            for (long tagId : p.tagIds()) {
                tx.annotationTags().add(id, tagMap.get(tagId));
            }
            passageIds.add(id);
        }
        return new MergeOutcome(passageIds, addedTags, createdTags);
    }

    /** Our tag for a path, created (with any missing parents) when there is none. */
    private static long ensurePath(Transaction tx, String path, String color, Map<String, Long> ourIdByKey,
            List<Long> created) throws SQLException {
        Long known = ourIdByKey.get(TagKeys.of(path));
        if (known != null) {
            return known;
        }
        String[] names = path.split("\\s*/\\s*");
        Long parent = null;
        StringBuilder prefix = new StringBuilder();
        for (String name : names) {
            prefix.append(prefix.length() == 0 ? "" : " / ").append(name);
            Long existing = ourIdByKey.get(TagKeys.of(prefix.toString()));
            if (existing == null) {
                existing = tx.tags().insert(new Tag(0, name.strip(), color, "", parent, null)).id();
                ourIdByKey.put(TagKeys.of(prefix.toString()), existing);
                created.add(existing);
            }
            parent = existing;
        }
        return parent;
    }

    /** Takes back exactly what a merge added: its passages, the tags it put on ours, the tags it created. */
    public void undo(MergeOutcome outcome) {
        file.inTransaction(tx -> {
            for (long id : outcome.passageIds()) {
                tx.annotations().delete(id);
            }
            for (long[] pair : outcome.addedTags()) {
                tx.annotationTags().remove(pair[0], pair[1]);
            }
            List<Long> tags = new ArrayList<>(outcome.tagIds());
            Collections.reverse(tags);
            for (long id : tags) {
                tx.tags().delete(id);
            }
            return null;
        });
    }

    private static String spanKey(long source, TextSpan span) {
        return source + ":" + span.start() + ":" + span.end();
    }
}
