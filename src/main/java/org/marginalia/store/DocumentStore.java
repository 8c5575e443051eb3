package org.marginalia.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.marginalia.model.Document;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.PageStarts;
import org.marginalia.model.SourceMetadata;
import org.marginalia.model.SourceType;

/** The {@code document} table: sources with their metadata, plain text and original bytes. */
public final class DocumentStore {

    private static final String COLUMNS = """
            id, title, author, publisher, doc_date, url, archive, collection, box, folder, event_date,
            source_type, file_name, sha256, text_length, page_starts, imported_at""";

    private final Connection connection;
    private final Statements statements;

    DocumentStore(Connection connection, Statements statements) {
        this.connection = connection;
        this.statements = statements;
    }

    public long insert(ImportedSource source, Instant now) throws SQLException {
        return insert(source, now, 0);
    }

    /** Inserts a source; a positive {@code id} is kept (a removed source put back under its old id). */
    public long insert(ImportedSource source, Instant now, long id) throws SQLException {
        SourceMetadata m = source.metadata();
        return Rows.insert(statements, "document", List.of("title", "author", "publisher", "doc_date", "url",
                "archive", "collection", "box", "folder", "event_date", "source_type", "file_name", "sha256",
                "original_bytes", "plain_text", "text_length", "page_starts", "imported_at"), id,
                m.title(), m.author(), m.publisher(), m.date(), m.url(), m.archive(), m.collection(), m.box(),
                m.folder(), m.eventDate(), source.type().word(), source.fileName(), source.sha256(), source.bytes(),
                source.text(), source.text().length(), encodePages(source.pages()), now);
    }

    /** Everything stored of a source's content, as it was imported: for putting a removed source back. */
    public ImportedSource content(long id) throws SQLException {
        Document d = get(id).orElseThrow(() -> new SQLException("no source with id " + id));
        return new ImportedSource(d.metadata(), d.type(), d.fileName(), originalBytes(id), d.sha256(), text(id),
                d.pages());
    }

    public Optional<Document> get(long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM document WHERE id = ?")) {
            Rows.bind(statement, id);
            return Rows.first(statement, DocumentStore::map);
        }
    }

    public Optional<Document> findBySha256(String sha256) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM document WHERE sha256 = ?")) {
            Rows.bind(statement, sha256);
            return Rows.first(statement, DocumentStore::map);
        }
    }

    public List<Document> findByTitle(String title) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM document WHERE title = ? ORDER BY id")) {
            Rows.bind(statement, title);
            return Rows.list(statement, DocumentStore::map);
        }
    }

    public List<Document> all() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM document ORDER BY id")) {
            return Rows.list(statement, DocumentStore::map);
        }
    }

    /** The language code set for a source ('' when none was set). */
    public String language(long id) throws SQLException {
        return textColumn(id, "language");
    }

    /** Sets the language code of a source ('' clears it). */
    public void setLanguage(long id, String code) throws SQLException {
        setTextColumn(id, "language", code);
    }

    /** The Tesseract language code(s) the source's OCR pages were read in ('' when none were). */
    public String ocrLanguage(long id) throws SQLException {
        return textColumn(id, "ocr_language");
    }

    /** Records the Tesseract language code(s) the source's OCR pages were read in. */
    public void setOcrLanguage(long id, String codes) throws SQLException {
        setTextColumn(id, "ocr_language", codes);
    }

    /** {@code column} is one of this class's constants, never user input. */
    private String textColumn(long id, String column) throws SQLException {
        return Rows.single(connection, "SELECT " + column + " FROM document WHERE id = ?", rs -> rs.getString(1),
                "No source with id " + id, id);
    }

    private void setTextColumn(long id, String column, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE document SET " + column + " = ? WHERE id = ?")) {
            Rows.bind(statement, value, id);
            statement.executeUpdate();
        }
    }

    /** The stored plain text, exactly as imported. */
    public String text(long id) throws SQLException {
        return Rows.single(connection, "SELECT plain_text FROM document WHERE id = ?", rs -> rs.getString(1),
                "no source with id " + id, id);
    }

    /**
     * Visits every source's stored text, one at a time by id, so a streamed export can index each text in one pass
     * without holding them all.
     */
    public void forEachText(TextVisitor visitor) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, plain_text FROM document ORDER BY id");
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                visitor.visit(rs.getLong(1), rs.getString(2));
            }
        }
    }

    /** Receives each source's text. */
    @FunctionalInterface
    public interface TextVisitor {
        void visit(long documentId, String text) throws SQLException;
    }

    /**
     * The text between two UTF-16 offsets, read without the rest of the text crossing into Java: one page of a
     * long source. SQLite counts characters (code points) where the offsets count UTF-16 units; the two agree when
     * the text has no character beyond the Basic Multilingual Plane, which the same query checks. A text that has
     * such characters is cut in Java from the whole text instead.
     */
    public String textBetween(long id, int start, int end) throws SQLException {
        if (start < 0 || end < start) {
            throw new SQLException("not a range of text: " + start + "-" + end);
        }
        String sql = "SELECT substr(plain_text, ?, ?), length(plain_text) = text_length FROM document WHERE id = ?";
        Optional<String> cut = Rows.single(connection, sql,
                rs -> rs.getBoolean(2) ? Optional.of(rs.getString(1)) : Optional.<String>empty(),
                "no source with id " + id, start + 1, end - start, id);
        if (cut.isPresent()) {
            return cut.get();
        }
        String whole = text(id);
        return whole.substring(Math.min(start, whole.length()), Math.min(end, whole.length()));
    }

    /** The bytes of the file as it was imported. */
    public byte[] originalBytes(long id) throws SQLException {
        return Rows.single(connection, "SELECT original_bytes FROM document WHERE id = ?", rs -> rs.getBytes(1),
                "no source with id " + id, id);
    }

    public void updateMetadata(long id, SourceMetadata m) throws SQLException {
        String sql = """
                UPDATE document SET title = ?, author = ?, publisher = ?, doc_date = ?, url = ?, archive = ?,
                    collection = ?, box = ?, folder = ?, event_date = ?
                WHERE id = ?""";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Rows.bind(statement, m.title(), m.author(), m.publisher(), m.date(), m.url(), m.archive(),
                    m.collection(), m.box(), m.folder(), m.eventDate(), id);
            statement.executeUpdate();
        }
    }

    /**
     * Replaces the text and file of a source with a new version of it (keep the old one with
     * {@link DocumentVersionStore#archiveCurrent} first); its metadata, which the user may have edited, stays.
     */
    public void replaceContent(long id, ImportedSource source, Instant now) throws SQLException {
        String sql = """
                UPDATE document SET source_type = ?, file_name = ?, sha256 = ?, original_bytes = ?, plain_text = ?,
                    text_length = ?, page_starts = ?, imported_at = ?
                WHERE id = ?""";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Rows.bind(statement, source.type().word(), source.fileName(), source.sha256(), source.bytes(),
                    source.text(), source.text().length(), encodePages(source.pages()), now, id);
            if (statement.executeUpdate() != 1) {
                throw new SQLException("no source with id " + id);
            }
        }
    }

    /**
     * Replaces only the text of a source (a correction typed by the user): its type, file name and original bytes stay,
     * so a scan keeps its pages. {@code sha256} names the new content (caches are keyed by it).
     */
    public void replaceText(long id, String text, String sha256, PageStarts pages, Instant now) throws SQLException {
        String sql = """
                UPDATE document SET sha256 = ?, plain_text = ?, text_length = ?, page_starts = ?, imported_at = ?
                WHERE id = ?""";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Rows.bind(statement, sha256, text, text.length(), encodePages(pages), now, id);
            if (statement.executeUpdate() != 1) {
                throw new SQLException("no source with id " + id);
            }
        }
    }

    public void delete(long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM document WHERE id = ?")) {
            Rows.bind(statement, id);
            statement.executeUpdate();
        }
    }

    private static Document map(ResultSet rs) throws SQLException {
        SourceMetadata metadata = new SourceMetadata(rs.getString("title"), rs.getString("author"),
                rs.getString("publisher"), rs.getString("doc_date"), rs.getString("url"), rs.getString("archive"),
                rs.getString("collection"), rs.getString("box"), rs.getString("folder"), rs.getString("event_date"));
        return new Document(rs.getLong("id"), metadata, SourceType.fromWord(rs.getString("source_type")),
                rs.getString("file_name"), rs.getString("sha256"), rs.getInt("text_length"),
                decodePages(rs.getString("page_starts")), Rows.instant(rs, "imported_at"));
    }

    static String encodePages(PageStarts pages) {
        return Arrays.stream(pages.toArray()).mapToObj(Integer::toString).collect(Collectors.joining(","));
    }

    static PageStarts decodePages(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return PageStarts.none();
        }
        return PageStarts.of(Arrays.stream(encoded.split(",")).mapToInt(Integer::parseInt).toArray());
    }
}
