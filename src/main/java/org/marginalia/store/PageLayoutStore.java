package org.marginalia.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marginalia.model.PageLayout;
import org.marginalia.model.PageUnit;
import org.marginalia.model.WordBox;
import org.marginalia.model.WordOrigin;

/**
 * The {@code source_page} table (and {@code word_box}, where pages stored before schema version 10 keep their words):
 * each page's size and the boxes of its words, for the current text of a source. A page's words are one value on its
 * row ({@link PageWordsCodec}), written and read with the page.
 */
public final class PageLayoutStore {

    private static final String OUTLINE_COLUMNS = "id, page, width, height, unit, origin, mean_confidence";
    private static final String PAGE_COLUMNS = OUTLINE_COLUMNS + ", words";

    private final Connection connection;

    PageLayoutStore(Connection connection) {
        this.connection = connection;
    }

    /** Replaces every page layout of the source, as a new text of it is stored. */
    public void replace(long documentId, List<PageLayout> pages) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM source_page WHERE document_id = ?")) {
            Rows.bind(delete, documentId);
            delete.executeUpdate();
        }
        if (pages.isEmpty()) {
            return;
        }
        try (PreparedStatement pageRow = connection.prepareStatement("""
                INSERT INTO source_page (document_id, page, width, height, unit, origin, mean_confidence, words)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (PageLayout page : pages) {
                Rows.bind(pageRow, documentId, page.page(), page.width(), page.height(), page.unit().word(),
                        page.origin().word(), page.meanConfidence(), PageWordsCodec.encode(page.words()));
                pageRow.addBatch();
            }
            pageRow.executeBatch();
        }
    }

    /**
     * Replaces the words of one page and sets its mean confidence from them, keeping the page row itself (a corrected
     * text moves the words; the page does not change). Does nothing when the source has no such page.
     */
    public void replaceWords(long documentId, int page, List<WordBox> words) throws SQLException {
        Optional<Long> pageId;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id FROM source_page WHERE document_id = ? AND page = ?")) {
            Rows.bind(statement, documentId, page);
            pageId = Rows.first(statement, rs -> rs.getLong(1));
        }
        if (pageId.isEmpty()) {
            return;
        }
        // Words a page kept as rows (stored before version 10) move into its value.
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM word_box WHERE page_id = ?");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE source_page SET mean_confidence = ?, words = ? WHERE id = ?")) {
            Rows.bind(delete, pageId.get());
            delete.executeUpdate();
            Double meanConfidence = words.isEmpty() ? null
                    : words.stream().mapToDouble(WordBox::confidence).average().orElseThrow();
            Rows.bind(update, meanConfidence, PageWordsCodec.encode(words), pageId.get());
            update.executeUpdate();
        }
    }

    /** One page with its words in text order, if the source has a layout for it. */
    public Optional<PageLayout> page(long documentId, int page) throws SQLException {
        Optional<PageRow> row;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + PAGE_COLUMNS + " FROM source_page WHERE document_id = ? AND page = ?")) {
            Rows.bind(statement, documentId, page);
            row = Rows.first(statement, PageLayoutStore::mapPage);
        }
        if (row.isEmpty()) {
            return Optional.empty();
        }
        PageLayout outline = row.get().layout();
        if (row.get().words() != null) {
            return Optional.of(new PageLayout(outline.page(), outline.width(), outline.height(), outline.unit(),
                    outline.origin(), outline.meanConfidence(), PageWordsCodec.decode(row.get().words())));
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT word, start_offset, end_offset, x, y, width, height, confidence
                FROM word_box WHERE page_id = ? ORDER BY start_offset, id""")) {
            Rows.bind(statement, row.get().id());
            List<WordBox> words = Rows.list(statement, PageLayoutStore::mapWord);
            return Optional.of(new PageLayout(outline.page(), outline.width(), outline.height(), outline.unit(),
                    outline.origin(), outline.meanConfidence(), words));
        }
    }

    /** Every page of the source without its words, in page order; empty when the source has no layout. */
    public List<PageLayout> outline(long documentId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + OUTLINE_COLUMNS + " FROM source_page WHERE document_id = ? ORDER BY page")) {
            Rows.bind(statement, documentId);
            return Rows.list(statement, rs -> mapOutline(rs).layout()).stream().toList();
        }
    }

    /** Every page of the source with its words, in page order: what must be kept to put a removed source back. */
    public List<PageLayout> all(long documentId) throws SQLException {
        List<PageLayout> pages = new ArrayList<>();
        for (PageLayout outline : outline(documentId)) {
            pages.add(page(documentId, outline.page()).orElseThrow());
        }
        return pages;
    }

    private static PageRow mapPage(ResultSet rs) throws SQLException {
        PageRow outline = mapOutline(rs);
        return new PageRow(outline.id(), outline.layout(), rs.getBytes("words"));
    }

    private static PageRow mapOutline(ResultSet rs) throws SQLException {
        double mean = rs.getDouble("mean_confidence");
        Double meanConfidence = rs.wasNull() ? null : mean;
        return new PageRow(rs.getLong("id"), new PageLayout(rs.getInt("page"), rs.getDouble("width"),
                rs.getDouble("height"), PageUnit.fromWord(rs.getString("unit")),
                WordOrigin.fromWord(rs.getString("origin")), meanConfidence, List.of()), null);
    }

    private static WordBox mapWord(ResultSet rs) throws SQLException {
        return new WordBox(rs.getString("word"), rs.getInt("start_offset"), rs.getInt("end_offset"),
                rs.getDouble("x"), rs.getDouble("y"), rs.getDouble("width"), rs.getDouble("height"),
                rs.getDouble("confidence"));
    }

    /** A page row with its id, which the word rows point to. */
    private record PageRow(long id, PageLayout layout, byte[] words) {
    }
}
