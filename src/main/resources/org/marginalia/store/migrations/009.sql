-- Schema version 9: originals kept in pieces. SQLite refuses any one value over 1,000,000,000 bytes, and a value is
-- read and written whole, so a 1 GB PDF could not be kept as document.original_bytes, nor read back without holding
-- it all in memory. An original is now an 'original' row (its length and SHA-256) with its bytes in
-- 'original_chunk' rows of a few MiB, numbered from 0, written and read one at a time.
-- document.original_id and document_version.original_id name it; original_bytes is then empty (X''), which no
-- imported file can be, since an empty file is refused. Rows written before this version keep their one BLOB and
-- are read as they are: copying them into pieces here would rewrite every original of every project on opening
-- (twice its size on disk until the next checkpoint) for nothing a user would notice; a source re-imported or put
-- back gets pieces.
-- A reimport's earlier version shares its original with the source (archiving copies the id, not the bytes). A
-- removed source's original stays until the project is next opened, so that undo can put the source back; opening
-- removes originals that no source and no version names.

CREATE TABLE original (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    size            INTEGER NOT NULL CHECK (size >= 0),
    sha256          TEXT NOT NULL CHECK (length(sha256) = 64)
) STRICT;

CREATE TABLE original_chunk (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    original_id     INTEGER NOT NULL REFERENCES original(id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL CHECK (seq >= 0),
    bytes           BLOB NOT NULL,
    UNIQUE (original_id, seq)
) STRICT;

ALTER TABLE document ADD COLUMN original_id INTEGER REFERENCES original(id);
ALTER TABLE document_version ADD COLUMN original_id INTEGER REFERENCES original(id);
CREATE INDEX document_original ON document(original_id) WHERE original_id IS NOT NULL;
CREATE INDEX document_version_original ON document_version(original_id) WHERE original_id IS NOT NULL;
