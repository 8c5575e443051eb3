-- Schema version 8: sources can be scanned pages. 'image' is a photograph or scan (JPEG, PNG, TIFF) read by OCR, or
-- the page image of a transcription imported beside it; 'transcription' is an hOCR, ALTO or PAGE XML file imported
-- without its image. A CHECK cannot be changed in place, so document and document_version are rebuilt the way
-- migration 003 rebuilt them: every row keeps its id, the indexes and search triggers are recreated, and the search
-- index rows (rowid = document.id * 2) stay as they are. ProjectFile runs this with foreign keys off and checks them
-- all before committing.
-- ocr_language: the Tesseract language code(s) the source's OCR pages were read in ('deu', 'lat+eng'; '' = none
-- were), so that 'ocr' runs again in the same language unless told otherwise. document.language keeps its meaning
-- (ISO 639-1 for comparison).

CREATE TABLE document_new (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    title           TEXT NOT NULL,
    author          TEXT NOT NULL DEFAULT '',
    publisher       TEXT NOT NULL DEFAULT '',
    doc_date        TEXT NOT NULL DEFAULT '',
    url             TEXT NOT NULL DEFAULT '',
    archive         TEXT NOT NULL DEFAULT '',
    collection      TEXT NOT NULL DEFAULT '',
    box             TEXT NOT NULL DEFAULT '',
    folder          TEXT NOT NULL DEFAULT '',
    event_date      TEXT NOT NULL DEFAULT '',
    source_type     TEXT NOT NULL CHECK (source_type IN ('text', 'markdown', 'html', 'pdf', 'image',
                                                         'transcription')),
    file_name       TEXT NOT NULL,
    sha256          TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    original_bytes  BLOB NOT NULL,
    plain_text      TEXT NOT NULL,
    text_length     INTEGER NOT NULL CHECK (text_length > 0),
    page_starts     TEXT NOT NULL DEFAULT '',
    imported_at     TEXT NOT NULL,
    language        TEXT NOT NULL DEFAULT '',
    item_type       TEXT NOT NULL DEFAULT '',
    container_title TEXT NOT NULL DEFAULT '',
    zotero_library  TEXT NOT NULL DEFAULT '',
    zotero_key      TEXT NOT NULL DEFAULT '',
    zotero_attachment_key TEXT NOT NULL DEFAULT '',
    ocr_language    TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO document_new (id, title, author, publisher, doc_date, url, archive, collection, box, folder, event_date,
        source_type, file_name, sha256, original_bytes, plain_text, text_length, page_starts, imported_at, language,
        item_type, container_title, zotero_library, zotero_key, zotero_attachment_key)
    SELECT id, title, author, publisher, doc_date, url, archive, collection, box, folder, event_date,
        source_type, file_name, sha256, original_bytes, plain_text, text_length, page_starts, imported_at, language,
        item_type, container_title, zotero_library, zotero_key, zotero_attachment_key FROM document;
-- The copy sets the new table's AUTOINCREMENT counter to the highest id present; the old counter may be higher (a
-- removed newest source), and dropping the old table forgets it, so it is carried over first.
INSERT INTO sqlite_sequence (name, seq)
    SELECT 'document_new', seq FROM sqlite_sequence WHERE name = 'document'
        AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'document_new');
UPDATE sqlite_sequence SET seq = max(seq, (SELECT seq FROM sqlite_sequence WHERE name = 'document'))
    WHERE name = 'document_new' AND EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'document');
DROP TABLE document;
ALTER TABLE document_new RENAME TO document;
CREATE TRIGGER document_indexed AFTER INSERT ON document BEGIN
    INSERT INTO search_index(rowid, kind, owner_id, body) VALUES (new.id * 2, 'source', new.id, new.plain_text);
END;
CREATE TRIGGER document_reindexed AFTER UPDATE OF plain_text ON document BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 2;
    INSERT INTO search_index(rowid, kind, owner_id, body) VALUES (new.id * 2, 'source', new.id, new.plain_text);
END;
CREATE TRIGGER document_unindexed AFTER DELETE ON document BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 2;
END;

CREATE TABLE document_version_new (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id     INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    version         INTEGER NOT NULL CHECK (version > 0),
    source_type     TEXT NOT NULL CHECK (source_type IN ('text', 'markdown', 'html', 'pdf', 'image',
                                                         'transcription')),
    file_name       TEXT NOT NULL,
    sha256          TEXT NOT NULL CHECK (length(sha256) = 64),
    original_bytes  BLOB NOT NULL,
    plain_text      TEXT NOT NULL,
    text_length     INTEGER NOT NULL CHECK (text_length > 0),
    page_starts     TEXT NOT NULL DEFAULT '',
    imported_at     TEXT NOT NULL,
    replaced_at     TEXT NOT NULL,
    UNIQUE (document_id, version)
) STRICT;
INSERT INTO document_version_new (id, document_id, version, source_type, file_name, sha256, original_bytes,
        plain_text, text_length, page_starts, imported_at, replaced_at)
    SELECT id, document_id, version, source_type, file_name, sha256, original_bytes,
        plain_text, text_length, page_starts, imported_at, replaced_at FROM document_version;
INSERT INTO sqlite_sequence (name, seq)
    SELECT 'document_version_new', seq FROM sqlite_sequence WHERE name = 'document_version'
        AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'document_version_new');
UPDATE sqlite_sequence SET seq = max(seq, (SELECT seq FROM sqlite_sequence WHERE name = 'document_version'))
    WHERE name = 'document_version_new' AND EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'document_version');
DROP TABLE document_version;
ALTER TABLE document_version_new RENAME TO document_version;
