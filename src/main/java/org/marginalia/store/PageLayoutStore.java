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
 * The {@code source_page} and {@code word_box} tables: each page's size and the boxes of its words, for the current
 * text of a source.
 */
public final class PageLayoutStore {

    private static final String PAGE_COLUMNS = "id, page, width, height, unit, origin, mean_confidence";

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
                INSERT INTO source_page (document_id, page, width, height, unit, origin, mean_confidence)
                VALUES (?, ?, ?, ?, ?, ?, ?)""");
                PreparedStatement wordRow = connection.prepareStatement("""
                INSERT INTO word_box (page_id, word, start_offset, end_offset, x, y, width, height, confidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (PageLayout page : pages) {
                Rows.bind(pageRow, documentId, page.page(), page.width(), page.height(), page.unit().word(),
                        page.origin().word(), page.meanConfidence());
                pageRow.executeUpdate();
                long pageId = Rows.insertedId(pageRow);
                for (WordBox word : page.words()) {
                    Rows.bind(wordRow, pageId, word.word(), word.start(), word.end(), word.x(), word.y(),
                            word.width(), word.height(), word.confidence());
                    wordRow.addBatch();
                }
                wordRow.executeBatch();
            }
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
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM word_box WHERE page_id = ?");
                PreparedStatement mean = connection.prepareStatement(
                        "UPDATE source_page SET mean_confidence = ? WHERE id = ?");
                PreparedStatement wordRow = connection.prepareStatement("""
                INSERT INTO word_box (page_id, word, start_offset, end_offset, x, y, width, height, confidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            Rows.bind(delete, pageId.get());
            delete.executeUpdate();
            for (WordBox word : words) {
                Rows.bind(wordRow, pageId.get(), word.word(), word.start(), word.end(), word.x(), word.y(),
                        word.width(), word.height(), word.confidence());
                wordRow.addBatch();
            }
            wordRow.executeBatch();
            Double meanConfidence = words.isEmpty() ? null
                    : words.stream().mapToDouble(WordBox::confidence).average().orElseThrow();
            Rows.bind(mean, meanConfidence, pageId.get());
            mean.executeUpdate();
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
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT word, start_offset, end_offset, x, y, width, height, confidence
                FROM word_box WHERE page_id = ? ORDER BY start_offset, id""")) {
            Rows.bind(statement, row.get().id());
            List<WordBox> words = Rows.list(statement, PageLayoutStore::mapWord);
            PageLayout outline = row.get().layout();
            return Optional.of(new PageLayout(outline.page(), outline.width(), outline.height(), outline.unit(),
                    outline.origin(), outline.meanConfidence(), words));
        }
    }

    /** Every page of the source without its words, in page order; empty when the source has no layout. */
    public List<PageLayout> outline(long documentId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + PAGE_COLUMNS + " FROM source_page WHERE document_id = ? ORDER BY page")) {
            Rows.bind(statement, documentId);
            return Rows.list(statement, PageLayoutStore::mapPage).stream().map(PageRow::layout).toList();
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
        double mean = rs.getDouble("mean_confidence");
        Double meanConfidence = rs.wasNull() ? null : mean;
        return new PageRow(rs.getLong("id"), new PageLayout(rs.getInt("page"), rs.getDouble("width"),
                rs.getDouble("height"), PageUnit.fromWord(rs.getString("unit")),
                WordOrigin.fromWord(rs.getString("origin")), meanConfidence, List.of()));
    }

    private static WordBox mapWord(ResultSet rs) throws SQLException {
        return new WordBox(rs.getString("word"), rs.getInt("start_offset"), rs.getInt("end_offset"),
                rs.getDouble("x"), rs.getDouble("y"), rs.getDouble("width"), rs.getDouble("height"),
                rs.getDouble("confidence"));
    }

    /** A page row with its id, which the word rows point to. */
    private record PageRow(long id, PageLayout layout) {
    }
}
