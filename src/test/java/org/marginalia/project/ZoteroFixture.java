package org.marginalia.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A small Zotero data folder built by the test: the tables and columns the importer reads (written from reading
 * Zotero's schema, resource/schema/userdata.sql, not copied from it), one manuscript with an author, archive fields
 * and a stored text attachment, filed in a collection.
 */
public final class ZoteroFixture {

    public static final String ITEM_KEY = "ABCD2345";
    public static final String ATTACHMENT_KEY = "EFGH6789";
    public static final String TEXT = "Memorandum of conversation. Perhaps Russia could be an Ally.";

    private ZoteroFixture() {
    }

    public static Path create(Path folder, String attachmentPath) throws IOException, SQLException {
        Files.createDirectories(folder.resolve("storage").resolve(ATTACHMENT_KEY));
        Files.writeString(folder.resolve("storage").resolve(ATTACHMENT_KEY).resolve("memo.txt"), TEXT,
                StandardCharsets.UTF_8);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("zotero.sqlite"));
             Statement s = db.createStatement()) {
            for (String sql : new String[] {
                "CREATE TABLE libraries (libraryID INTEGER PRIMARY KEY, type TEXT NOT NULL)",
                "CREATE TABLE groups (groupID INTEGER PRIMARY KEY, libraryID INT NOT NULL UNIQUE, name TEXT)",
                "CREATE TABLE itemTypes (itemTypeID INTEGER PRIMARY KEY, typeName TEXT)",
                "CREATE TABLE items (itemID INTEGER PRIMARY KEY, itemTypeID INT NOT NULL, libraryID INT NOT NULL, "
                        + "key TEXT NOT NULL)",
                "CREATE TABLE fields (fieldID INTEGER PRIMARY KEY, fieldName TEXT)",
                "CREATE TABLE itemDataValues (valueID INTEGER PRIMARY KEY, value UNIQUE)",
                "CREATE TABLE itemData (itemID INT, fieldID INT, valueID, PRIMARY KEY (itemID, fieldID))",
                "CREATE TABLE creatorTypes (creatorTypeID INTEGER PRIMARY KEY, creatorType TEXT)",
                "CREATE TABLE creators (creatorID INTEGER PRIMARY KEY, firstName TEXT, lastName TEXT, fieldMode INT)",
                "CREATE TABLE itemCreators (itemID INT NOT NULL, creatorID INT NOT NULL, creatorTypeID INT NOT NULL, "
                        + "orderIndex INT NOT NULL DEFAULT 0)",
                "CREATE TABLE itemAttachments (itemID INTEGER PRIMARY KEY, parentItemID INT, linkMode INT, "
                        + "contentType TEXT, path TEXT)",
                "CREATE TABLE collections (collectionID INTEGER PRIMARY KEY, collectionName TEXT NOT NULL, "
                        + "libraryID INT NOT NULL, key TEXT NOT NULL)",
                "CREATE TABLE collectionItems (collectionID INT NOT NULL, itemID INT NOT NULL)",
                "INSERT INTO libraries VALUES (1, 'user')",
                "INSERT INTO itemTypes VALUES (1, 'manuscript'), (2, 'attachment'), (3, 'note')",
                "INSERT INTO items VALUES (1, 1, 1, '" + ITEM_KEY + "'), (2, 2, 1, '" + ATTACHMENT_KEY + "'), "
                        + "(3, 3, 1, 'NOTE2345')",
                "INSERT INTO fields VALUES (1, 'title'), (2, 'date'), (3, 'archive'), (4, 'archiveLocation'), "
                        + "(5, 'url')",
                "INSERT INTO itemDataValues VALUES (1, 'Memorandum of Conversation: Bush and Putin'), "
                        + "(2, '2001-11-13 November 13, 2001'), (3, 'George W. Bush Presidential Library'), "
                        + "(4, 'National Security Council Records, box 12, folder 3')",
                "INSERT INTO itemData VALUES (1, 1, 1), (1, 2, 2), (1, 3, 3), (1, 4, 4)",
                "INSERT INTO creatorTypes VALUES (1, 'author'), (2, 'editor')",
                "INSERT INTO creators VALUES (1, 'Condoleezza', 'Rice', 0), (2, '', 'White House', 1)",
                "INSERT INTO itemCreators VALUES (1, 1, 1, 0), (1, 2, 1, 1)",
                "INSERT INTO itemAttachments VALUES (2, 1, 0, 'text/plain', '" + attachmentPath + "')",
                "INSERT INTO collections VALUES (1, 'NATO 2001', 1, 'COLL2345')",
                "INSERT INTO collectionItems VALUES (1, 1)"}) {
                s.executeUpdate(sql);
            }
        }
        return folder;
    }
}
