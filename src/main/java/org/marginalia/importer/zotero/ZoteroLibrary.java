package org.marginalia.importer.zotero;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.marginalia.importer.ImportException;
import org.marginalia.model.ArchiveLocation;
import org.marginalia.model.CitationDetails;
import org.marginalia.model.CitedSource;
import org.marginalia.model.SourceMetadata;

/**
 * Reads the items of a local Zotero library (its data folder: {@code zotero.sqlite} and {@code storage/}). Zotero
 * keeps its database locked while it runs, so the file is copied first and the copy opened read-only; the original
 * is never opened. The tables read are Zotero's {@code items}, {@code itemTypes}, {@code itemData},
 * {@code itemDataValues}, {@code fields}, {@code creators}, {@code itemCreators}, {@code creatorTypes},
 * {@code itemAttachments}, {@code collections}, {@code collectionItems} and {@code groups}.
 */
public final class ZoteroLibrary {

    private static final Pattern KEY = Pattern.compile("[A-Z0-9]{8}");
    private static final List<String> NOT_SOURCES = List.of("attachment", "note", "annotation");

    private final Path folder;

    public ZoteroLibrary(Path folder) {
        this.folder = folder;
    }

    /** Every regular item with its fields, collections and stored attachments. */
    public List<ZoteroItem> items() {
        Path database = folder.resolve("zotero.sqlite");
        if (!Files.isRegularFile(database)) {
            throw new ImportException(ImportException.Reason.UNREADABLE, database,
                    "no zotero.sqlite in " + folder + "; choose Zotero's data folder");
        }
        Path copy = null;
        try {
            copy = Files.createTempFile("marginalia-zotero-", ".sqlite");
            Files.copy(database, copy, StandardCopyOption.REPLACE_EXISTING);
            return read(database, copy);
        } catch (IOException e) {
            throw new ImportException(ImportException.Reason.UNREADABLE, database, e.getMessage(), e);
        } finally {
            deleteQuietly(copy);
        }
    }

    private List<ZoteroItem> read(Path original, Path copy) {
        Properties readOnly = new Properties();
        readOnly.setProperty("open_mode", "1");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + copy, readOnly)) {
            requireZoteroTables(db, original);
            List<ZoteroItem> items = new ArrayList<>();
            try (PreparedStatement statement = db.prepareStatement("""
                    SELECT i.itemID, i.key, i.libraryID, t.typeName FROM items i
                    JOIN itemTypes t ON t.itemTypeID = i.itemTypeID ORDER BY i.itemID""");
                 ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    if (!NOT_SOURCES.contains(rs.getString(4))) {
                        items.add(item(db, original, rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)));
                    }
                }
            }
            return items;
        } catch (SQLException e) {
            throw new ImportException(ImportException.Reason.DAMAGED, original,
                    "not a Zotero database (" + e.getMessage() + ")", e);
        }
    }

    private static void requireZoteroTables(Connection db, Path original) throws SQLException {
        for (String table : List.of("items", "itemTypes", "itemData", "itemDataValues", "fields", "creators",
                "itemCreators", "creatorTypes", "itemAttachments")) {
            if (!hasTable(db, table)) {
                throw new ImportException(ImportException.Reason.DAMAGED, original,
                        "not a Zotero database (it has no " + table + " table)");
            }
        }
    }

    private ZoteroItem item(Connection db, Path original, long id, String key, long libraryId, String type)
            throws SQLException {
        Map<String, String> fields = fields(db, id);
        ArchiveLocation location = ArchiveLocation.parse(fields.getOrDefault("archiveLocation", ""));
        SourceMetadata metadata = new SourceMetadata(fields.get("title"), creators(db, id),
                fields.get("publisher"), ZoteroFields.isoDate(fields.get("date")), fields.get("url"),
                fields.get("archive"), location.collection(), location.box(), location.folder(), "");
        String container = fields.getOrDefault("publicationTitle",
                fields.getOrDefault("websiteTitle", fields.getOrDefault("blogTitle", "")));
        String library = library(db, libraryId);
        CitationDetails details = CitationDetails.ofType(ZoteroFields.cslType(type), container)
                .withZotero(library, key, "");
        return new ZoteroItem(key, library, new CitedSource(key, metadata, details), collections(db, id),
                attachments(db, original, id));
    }

    private static Map<String, String> fields(Connection db, long itemId) throws SQLException {
        Map<String, String> fields = new LinkedHashMap<>();
        try (PreparedStatement statement = db.prepareStatement("""
                SELECT f.fieldName, v.value FROM itemData d JOIN fields f ON f.fieldID = d.fieldID
                JOIN itemDataValues v ON v.valueID = d.valueID WHERE d.itemID = ?""")) {
            statement.setLong(1, itemId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    fields.put(rs.getString(1), String.valueOf(rs.getObject(2)));
                }
            }
        }
        return fields;
    }

    /** Authors as {@code Last, First; …}; a one-field name (an institution) in braces. Editors only if no author. */
    private static String creators(Connection db, long itemId) throws SQLException {
        List<String> authors = new ArrayList<>();
        List<String> others = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement("""
                SELECT c.firstName, c.lastName, c.fieldMode, t.creatorType FROM itemCreators ic
                JOIN creators c ON c.creatorID = ic.creatorID JOIN creatorTypes t ON t.creatorTypeID = ic.creatorTypeID
                WHERE ic.itemID = ? ORDER BY ic.orderIndex""")) {
            statement.setLong(1, itemId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String first = rs.getString(1) == null ? "" : rs.getString(1).strip();
                    String last = rs.getString(2) == null ? "" : rs.getString(2).strip();
                    String name = rs.getInt(3) == 1 || first.isEmpty() ? "{" + last + "}" : last + ", " + first;
                    ("author".equals(rs.getString(4)) ? authors : others).add(name);
                }
            }
        }
        return String.join("; ", authors.isEmpty() ? others : authors);
    }

    private static String library(Connection db, long libraryId) throws SQLException {
        if (!hasTable(db, "groups")) {
            return "library";
        }
        try (PreparedStatement statement = db.prepareStatement("SELECT groupID FROM groups WHERE libraryID = ?")) {
            statement.setLong(1, libraryId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? "groups/" + rs.getLong(1) : "library";
            }
        }
    }

    private static List<String> collections(Connection db, long itemId) throws SQLException {
        List<String> names = new ArrayList<>();
        if (!hasTable(db, "collectionItems")) {
            return names;
        }
        try (PreparedStatement statement = db.prepareStatement("""
                SELECT c.collectionName FROM collectionItems ci JOIN collections c ON c.collectionID = ci.collectionID
                WHERE ci.itemID = ? ORDER BY c.collectionName""")) {
            statement.setLong(1, itemId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    /** Stored files only ({@code storage:name}); linked files and links live outside the library and are skipped. */
    private List<ZoteroAttachment> attachments(Connection db, Path original, long itemId) throws SQLException {
        List<ZoteroAttachment> attachments = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement("""
                SELECT i.key, a.contentType, a.path FROM itemAttachments a JOIN items i ON i.itemID = a.itemID
                WHERE a.parentItemID = ? AND a.path LIKE 'storage:%' ORDER BY i.itemID""")) {
            statement.setLong(1, itemId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(1);
                    String contentType = rs.getString(2) == null ? "" : rs.getString(2);
                    attachments.add(new ZoteroAttachment(key, contentType,
                            stored(original, key, rs.getString(3).substring("storage:".length()))));
                }
            }
        }
        return attachments;
    }

    /** The file in {@code storage/KEY/}; a key or name that would lead outside {@code storage/} is refused. */
    private Path stored(Path original, String key, String name) {
        Path storage = folder.resolve("storage").toAbsolutePath().normalize();
        Path file = storage.resolve(key).resolve(name).normalize();
        if (!KEY.matcher(key).matches() || !file.startsWith(storage.resolve(key)) || name.isBlank()) {
            throw new ImportException(ImportException.Reason.DAMAGED, original, "the attachment path '" + name
                    + "' of item " + key + " escapes storage/");
        }
        return file;
    }

    private static boolean hasTable(Connection db, String table) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void deleteQuietly(Path copy) {
        if (copy == null) {
            return;
        }
        try {
            Files.deleteIfExists(copy);
        } catch (IOException e) {
            // A leftover copy in the temporary folder is harmless; the import itself succeeded or failed already.
            copy.toFile().deleteOnExit();
        }
    }
}
