package org.marginalia.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.marginalia.model.Original;
import org.marginalia.model.PageStarts;
import org.marginalia.model.SourceMetadata;
import org.marginalia.model.SourceType;

/** The {@code document} table: sources with their metadata, plain text and original bytes. */
public final class DocumentStore {

    private static final String COLUMNS = """
            id, title, author, publisher, doc_date, url, archive, collection, box, folder, event_date,
            source_type, file_name, sha256, text_length, page_starts, imported_at""";
    /**
     * Every source's details in id order, read from the covering index {@code document_listed} (migration 011 names
     * exactly {@link #COLUMNS}), so the list never walks a source's original bytes and text.
     */
    static final String LISTED = "SELECT " + COLUMNS + " FROM document ORDER BY id";

    private final Connection connection;
    private final Statements statements;
    private final OriginalStore originals;

    DocumentStore(Connection connection, Statements statements) {
        this(connection, statements, new OriginalStore(connection));
    }

    /** With originals kept by {@code originals} (tests give it small pieces). */
    DocumentStore(Connection connection, Statements statements, OriginalStore originals) {
        this.connection = connection;
        this.statements = statements;
        this.originals = originals;
    }

    public long insert(ImportedSource source, Instant now) throws SQLException {
        return insert(source, now, 0);
    }

    /** Inserts a source; a positive {@code id} is kept (a removed source put back under its old id). */
    public long insert(ImportedSource source, Instant now, long id) throws SQLException {
        SourceMetadata m = source.metadata();
        Object[] original = keep(source);
        return Rows.insert(statements, "document", List.of("title", "author", "publisher", "doc_date", "url",
                "archive", "collection", "box", "folder", "event_date", "source_type", "file_name", "sha256",
                "original_bytes", "original_id", "plain_text", "text_length", "page_starts", "imported_at"), id,
                m.title(), m.author(), m.publisher(), m.date(), m.url(), m.archive(), m.collection(), m.box(),
                m.folder(), m.eventDate(), source.type().word(), source.fileName(), source.sha256(), original[0],
                original[1], source.text(), source.text().length(), encodePages(source.pages()), now);
    }

    /**
     * The values of original_bytes and original_id for a source's original: new ones are kept in pieces (see
     * {@link OriginalStore}), an original the project keeps already is named again.
     */
    private Object[] keep(ImportedSource source) throws SQLException {
        long originalId;
        try {
            if (source.original() instanceof Original.Kept kept) {
                originalId = kept.id();
            } else if (source.original() instanceof Original.OnDisk file) {
                try (InputStream in = Files.newInputStream(file.path())) {
                    originalId = originals.write(in, source.sha256(), source.fileName());
                }
            } else {
                originalId = originals.write(new ByteArrayInputStream(source.original().bytes()), null,
                        source.fileName());
            }
        } catch (IOException e) {
            throw new SQLException("cannot read '" + source.fileName() + "' again to keep it: " + e.getMessage(), e);
        }
        return new Object[] {new byte[0], originalId};
    }

    /** Everything stored of a source's content, as it was imported: for putting a removed source back. */
    public ImportedSource content(long id) throws SQLException {
        Document d = get(id).orElseThrow(() -> new SQLException("no source with id " + id));
        Optional<Long> kept = originalId(id);
        Original original = kept.isPresent()
                ? new Original.Kept(kept.get(), originals.size(kept.get()).orElseThrow())
                : Original.of(originalBytes(id));
        return new ImportedSource(d.metadata(), d.type(), d.fileName(), original, d.sha256(), text(id),
                d.pages(), List.of(), List.of());
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
        try (PreparedStatement statement = connection.prepareStatement(LISTED)) {
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

    /** The bytes of the file as it was imported, whole in memory: for files known to be small. */
    public byte[] originalBytes(long id) throws SQLException {
        Optional<Long> kept = originalId(id);
        if (kept.isPresent()) {
            return originals.readAll(kept.get());
        }
        return Rows.single(connection, "SELECT original_bytes FROM document WHERE id = ?", rs -> rs.getBytes(1),
                "no source with id " + id, id);
    }

    /** Up to {@code length} first bytes of the source's original file, without reading the rest of it. */
    public byte[] originalHead(long id, int length) throws SQLException {
        Optional<Long> kept = originalId(id);
        if (kept.isPresent()) {
            return originals.head(kept.get(), length);
        }
        // substr() of a BLOB counts bytes, and SQLite reads only the overflow pages it needs.
        return Rows.single(connection, "SELECT substr(original_bytes, 1, ?) FROM document WHERE id = ?",
                rs -> rs.getBytes(1), "no source with id " + id, length, id);
    }

    /**
     * The id of the source's original in {@link OriginalStore}, or empty when it is kept as one value in the row (a
     * source stored before schema version 9).
     */
    public Optional<Long> originalId(long id) throws SQLException {
        return Rows.single(connection, "SELECT original_id FROM document WHERE id = ?",
                rs -> Optional.ofNullable(Rows.nullableLong(rs, "original_id")), "no source with id " + id, id);
    }

    /** The length in bytes of the source's original file. */
    public long originalSize(long id) throws SQLException {
        Optional<Long> kept = originalId(id);
        if (kept.isPresent()) {
            return originals.size(kept.get()).orElseThrow();
        }
        return Rows.single(connection, "SELECT length(original_bytes) FROM document WHERE id = ?",
                rs -> rs.getLong(1), "no source with id " + id, id);
    }

    /**
     * The source's original as a file of its name in the owner-only temporary folder, written a piece at a time the
     * first time and found again afterwards (the folder is keyed by the original's hash, so a changed original is a
     * new file): for PDFBox to draw pages of, or OCR to read, a file too large to hold in memory.
     */
    public Path originalFile(long id) throws SQLException {
        Document d = get(id).orElseThrow(() -> new SQLException("no source with id " + id));
        Optional<Long> kept = originalId(id);
        String key = kept.isPresent() ? originals.sha256(kept.get()) : "row-" + id + "-" + d.sha256();
        return OriginalCopy.of(this, d, key);
    }

    /** Writes the source's original file to {@code out}, a piece at a time when it is kept in pieces. */
    public void copyOriginalTo(long id, OutputStream out) throws SQLException {
        Optional<Long> kept = originalId(id);
        if (kept.isPresent()) {
            originals.copyTo(kept.get(), out);
            return;
        }
        try {
            out.write(originalBytes(id));
        } catch (IOException e) {
            throw new SQLException("cannot write the original of source " + id + ": " + e.getMessage(), e);
        }
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
                UPDATE document SET source_type = ?, file_name = ?, sha256 = ?, original_bytes = ?, original_id = ?,
                    plain_text = ?, text_length = ?, page_starts = ?, imported_at = ?
                WHERE id = ?""";
        Object[] original = keep(source);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Rows.bind(statement, source.type().word(), source.fileName(), source.sha256(), original[0], original[1],
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
