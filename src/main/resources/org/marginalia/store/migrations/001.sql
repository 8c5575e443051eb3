-- Marginalia project file, schema version 1.
-- Offsets (start_offset, end_offset, page_starts) are UTF-16 code units over document.plain_text.

CREATE TABLE document (
    id              INTEGER PRIMARY KEY,
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
    page_starts     TEXT NOT NULL DEFAULT '',   -- comma-separated UTF-16 offsets, empty when not paginated
    imported_at     TEXT NOT NULL
) STRICT;

CREATE TABLE tag (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    color           TEXT NOT NULL CHECK (color GLOB '#[0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F]'),
    description     TEXT NOT NULL DEFAULT '',
    parent_id       INTEGER REFERENCES tag(id) ON DELETE RESTRICT,
    shortcut_key    TEXT
) STRICT;
-- Unique name per parent; top-level tags (NULL parent) are made unique through the expression index.
CREATE UNIQUE INDEX tag_name_per_parent ON tag(coalesce(parent_id, 0), name);
CREATE UNIQUE INDEX tag_shortcut_key ON tag(shortcut_key) WHERE shortcut_key IS NOT NULL;
CREATE INDEX tag_parent ON tag(parent_id);

CREATE TABLE annotation (
    id              INTEGER PRIMARY KEY,
    document_id     INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    start_offset    INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset      INTEGER NOT NULL CHECK (end_offset > start_offset),
    quote           TEXT NOT NULL,
    prefix          TEXT NOT NULL DEFAULT '',
    suffix          TEXT NOT NULL DEFAULT '',
    note            TEXT NOT NULL DEFAULT '',
    author          TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    modified_at     TEXT NOT NULL
) STRICT;
CREATE INDEX annotation_document ON annotation(document_id, start_offset);

CREATE TABLE annotation_tag (
    annotation_id   INTEGER NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
    tag_id          INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
    PRIMARY KEY (annotation_id, tag_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX annotation_tag_tag ON annotation_tag(tag_id);

CREATE TABLE link (
    id              INTEGER PRIMARY KEY,
    from_annotation INTEGER NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
    to_annotation   INTEGER NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
    relation        TEXT NOT NULL CHECK (relation IN ('paraphrases', 'quotes', 'contradicts', 'related')),
    note            TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    CHECK (from_annotation <> to_annotation),
    UNIQUE (from_annotation, to_annotation, relation)
) STRICT;
CREATE INDEX link_from ON link(from_annotation);
CREATE INDEX link_to ON link(to_annotation);

-- Full-text search over source texts and passage notes, kept in step by triggers so no write path can forget it.
-- rowid = document.id * 2 for a source, annotation.id * 2 + 1 for a note, so each row is found without a scan.
CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED,        -- 'source' or 'note'
    owner_id UNINDEXED,    -- document.id or annotation.id
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);

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

CREATE TABLE project_info (
    key             TEXT PRIMARY KEY,
    value           TEXT NOT NULL
) STRICT;
