package org.marginalia.store;

import java.sql.Connection;

/** The stores of one open transaction; handed to the work given to {@link ProjectFile#inTransaction}. */
public final class Transaction {

    private final Connection connection;
    private final Statements statements;

    Transaction(Connection connection) {
        this.connection = connection;
        this.statements = new Statements(connection);
    }

    /** Closes the statements this transaction kept for reuse; {@link ProjectFile#inTransaction} calls it at the end. */
    void closeStatements() {
        statements.close();
    }

    public DocumentStore documents() {
        return new DocumentStore(connection, statements);
    }

    public OriginalStore originals() {
        return new OriginalStore(connection);
    }

    public CitationDetailsStore citationDetails() {
        return new CitationDetailsStore(connection);
    }

    public TagStore tags() {
        return new TagStore(connection, statements);
    }

    public DocumentVersionStore documentVersions() {
        return new DocumentVersionStore(connection);
    }

    public AnnotationStore annotations() {
        return new AnnotationStore(connection, statements);
    }

    public AnnotationTagStore annotationTags() {
        return new AnnotationTagStore(connection, statements);
    }

    public LinkStore links() {
        return new LinkStore(connection, statements);
    }

    public EmbeddingStore embeddings() {
        return new EmbeddingStore(connection);
    }

    public ProjectNoteStore projectNotes() {
        return new ProjectNoteStore(connection, statements);
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
