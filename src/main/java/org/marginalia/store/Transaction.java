package org.marginalia.store;

import java.sql.Connection;

/** The stores of one open transaction; handed to the work given to {@link ProjectFile#inTransaction}. */
public final class Transaction {

    private final Connection connection;

    Transaction(Connection connection) {
        this.connection = connection;
    }

    public DocumentStore documents() {
        return new DocumentStore(connection);
    }

    public OriginalStore originals() {
        return new OriginalStore(connection);
    }

    public CitationDetailsStore citationDetails() {
        return new CitationDetailsStore(connection);
    }

    public TagStore tags() {
        return new TagStore(connection);
    }

    public DocumentVersionStore documentVersions() {
        return new DocumentVersionStore(connection);
    }

    public AnnotationStore annotations() {
        return new AnnotationStore(connection);
    }

    public AnnotationTagStore annotationTags() {
        return new AnnotationTagStore(connection);
    }

    public LinkStore links() {
        return new LinkStore(connection);
    }

    public EmbeddingStore embeddings() {
        return new EmbeddingStore(connection);
    }

    public ProjectNoteStore projectNotes() {
        return new ProjectNoteStore(connection);
    }

    public PageLayoutStore pageLayouts() {
        return new PageLayoutStore(connection);
    }

    public SearchStore search() {
        return new SearchStore(connection);
    }

    public ProjectInfoStore projectInfo() {
        return new ProjectInfoStore(connection);
    }
}
