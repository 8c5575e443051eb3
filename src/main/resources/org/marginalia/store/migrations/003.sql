-- Schema version 3: ids are never reused. Without AUTOINCREMENT SQLite hands a deleted top rowid to the next insert,
-- so an undone passage's id could name a new one (a cache keyed by id then shows the wrong text, and export GUIDs
-- built from ids collide across time). Each table is rebuilt the way SQLite documents for changes ALTER cannot make:
-- create the new table, copy every row with its id, drop the old one, rename, recreate its indexes and triggers.
-- ProjectFile runs migrations with foreign keys off and checks them all before committing, because dropping a
-- parent table with foreign keys on would cascade-delete its children.

CREATE TABLE tag_new (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    color           TEXT NOT NULL CHECK (color GLOB '#[0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F]'),
    description     TEXT NOT NULL DEFAULT '',
    parent_id       INTEGER REFERENCES tag(id) ON DELETE RESTRICT,
    shortcut_key    TEXT
) STRICT;
INSERT INTO tag_new (id, name, color, description, parent_id, shortcut_key)
    SELECT id, name, color, description, parent_id, shortcut_key FROM tag;
DROP TABLE tag;
ALTER TABLE tag_new RENAME TO tag;
CREATE UNIQUE INDEX tag_name_per_parent ON tag(coalesce(parent_id, 0), name);
CREATE UNIQUE INDEX tag_shortcut_key ON tag(shortcut_key) WHERE shortcut_key IS NOT NULL;
CREATE INDEX tag_parent ON tag(parent_id);

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
    source_type     TEXT NOT NULL CHECK (source_type IN ('text', 'markdown', 'html', 'pdf')),
    file_name       TEXT NOT NULL,
    sha256          TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    original_bytes  BLOB NOT NULL,
    plain_text      TEXT NOT NULL,
    text_length     INTEGER NOT NULL CHECK (text_length > 0),
    page_starts     TEXT NOT NULL DEFAULT '',
    imported_at     TEXT NOT NULL
) STRICT;
INSERT INTO document_new (id, title, author, publisher, doc_date, url, archive, collection, box, folder, event_date,
        source_type, file_name, sha256, original_bytes, plain_text, text_length, page_starts, imported_at)
    SELECT id, title, author, publisher, doc_date, url, archive, collection, box, folder, event_date,
        source_type, file_name, sha256, original_bytes, plain_text, text_length, page_starts, imported_at FROM document;
DROP TABLE document;
ALTER TABLE document_new RENAME TO document;
-- The search index rows stay as they are (their rowids derive from the kept ids); only the triggers went with the
-- old table.
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

CREATE TABLE annotation_new (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id     INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    start_offset    INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset      INTEGER NOT NULL CHECK (end_offset > start_offset),
    quote           TEXT NOT NULL,
    prefix          TEXT NOT NULL DEFAULT '',
    suffix          TEXT NOT NULL DEFAULT '',
    note            TEXT NOT NULL DEFAULT '',
    author          TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    modified_at     TEXT NOT NULL,
    needs_review    INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0, 1)),
    review_reason   TEXT NOT NULL DEFAULT '',
    review_score    REAL NOT NULL DEFAULT 0,
    review_candidate_start INTEGER,
    review_candidate_end   INTEGER
) STRICT;
INSERT INTO annotation_new (id, document_id, start_offset, end_offset, quote, prefix, suffix, note, author,
        created_at, modified_at, needs_review, review_reason, review_score, review_candidate_start,
        review_candidate_end)
    SELECT id, document_id, start_offset, end_offset, quote, prefix, suffix, note, author,
        created_at, modified_at, needs_review, review_reason, review_score, review_candidate_start,
        review_candidate_end FROM annotation;
DROP TABLE annotation;
ALTER TABLE annotation_new RENAME TO annotation;
CREATE INDEX annotation_document ON annotation(document_id, start_offset);
CREATE INDEX annotation_needs_review ON annotation(document_id) WHERE needs_review = 1;
CREATE TRIGGER note_indexed AFTER INSERT ON annotation WHEN new.note <> '' BEGIN
    INSERT INTO search_index(rowid, kind, owner_id, body) VALUES (new.id * 2 + 1, 'note', new.id, new.note);
END;
CREATE TRIGGER note_reindexed AFTER UPDATE OF note ON annotation BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 2 + 1;
    INSERT INTO search_index(rowid, kind, owner_id, body)
        SELECT new.id * 2 + 1, 'note', new.id, new.note WHERE new.note <> '';
END;
CREATE TRIGGER note_unindexed AFTER DELETE ON annotation BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 2 + 1;
END;

CREATE TABLE link_new (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    from_annotation INTEGER NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
    to_annotation   INTEGER NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
    relation        TEXT NOT NULL CHECK (relation IN ('paraphrases', 'quotes', 'contradicts', 'related')),
    note            TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    CHECK (from_annotation <> to_annotation),
    UNIQUE (from_annotation, to_annotation, relation)
) STRICT;
INSERT INTO link_new (id, from_annotation, to_annotation, relation, note, created_at)
    SELECT id, from_annotation, to_annotation, relation, note, created_at FROM link;
DROP TABLE link;
ALTER TABLE link_new RENAME TO link;
CREATE INDEX link_from ON link(from_annotation);
CREATE INDEX link_to ON link(to_annotation);

CREATE TABLE document_version_new (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id     INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    version         INTEGER NOT NULL CHECK (version > 0),
    source_type     TEXT NOT NULL CHECK (source_type IN ('text', 'markdown', 'html', 'pdf')),
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
DROP TABLE document_version;
ALTER TABLE document_version_new RENAME TO document_version;

-- Each project gets its own id, copied into every backup (a backup is a copy of the file), so pruning a backups
-- folder deletes only this project's backups, never a file of the same name pattern that another project wrote.
INSERT OR IGNORE INTO project_info (key, value) VALUES ('project_id', lower(hex(randomblob(16))));
