package org.marginalia.export;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * Derives the GUIDs and IRIs that exports give to sources, tags, passages and links.
 *
 * <p>They are name-based (UUID version 3), never random, so exporting the same project twice gives the same
 * identifiers and a QDA tool or annotation server that imports both sees updates rather than duplicates. A source's
 * GUID depends only on the SHA-256 of its original bytes (the same file is the same source in every project); the
 * others mix in the project name, so tag 1 of one project and tag 1 of another never collide. Renaming a project
 * therefore changes the GUIDs of its tags, passages and links.
 */
public final class Guids {

    private final String projectKey;

    public Guids(String projectName) {
        this.projectKey = projectName == null ? "" : projectName;
    }

    public UUID project() {
        return uuid("project:" + projectKey);
    }

    public UUID source(String sha256) {
        return uuid("source:" + sha256.toLowerCase(Locale.ROOT));
    }

    /** The text representation of a PDF source, which REFI-QDA gives a GUID of its own. */
    public UUID representation(String sha256) {
        return uuid("representation:" + sha256.toLowerCase(Locale.ROOT));
    }

    public UUID tag(long tagId) {
        return entity("tag", tagId);
    }

    public UUID passage(long annotationId) {
        return entity("passage", annotationId);
    }

    public UUID coding(long annotationId, long tagId) {
        return uuid("coding:" + projectKey + ":" + annotationId + ":" + tagId);
    }

    public UUID passageNote(long annotationId) {
        return entity("passage-note", annotationId);
    }

    public UUID projectNote(long noteId) {
        return entity("project-note", noteId);
    }

    public UUID link(long linkId) {
        return entity("link", linkId);
    }

    public UUID linkNote(long linkId) {
        return entity("link-note", linkId);
    }

    /** A user is known only by the name typed in the settings, so equal names are one user. */
    public UUID user(String name) {
        return uuid("user:" + projectKey + ":" + name);
    }

    /** Marginalia itself, named as the generator of exported annotations. */
    public static UUID software() {
        return uuid("software");
    }

    /** The {@code urn:uuid:} IRI of a GUID, the form JSON-LD and RDF tools expect. */
    public static String iri(UUID uuid) {
        return "urn:uuid:" + uuid;
    }

    /** REFI-QDA tools write GUIDs in upper case; the schema accepts both. */
    public static String qda(UUID uuid) {
        return uuid.toString().toUpperCase(Locale.ROOT);
    }

    private UUID entity(String kind, long id) {
        return uuid(kind + ":" + projectKey + ":" + id);
    }

    private static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(("marginalia:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
