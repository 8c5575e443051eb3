-- Schema version 2: sources can be re-imported. The previous text of a source is kept in document_version, and
-- passages that could not be re-attached with confidence wait in a review queue on the annotation row.
-- document.sha256 stays UNIQUE: it now names the current version; old versions' hashes live in document_version,
-- so going back to an earlier version of a source is a new version, not a clash.

CREATE TABLE document_version (
    id              INTEGER PRIMARY KEY,
    document_id     INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    version         INTEGER NOT NULL CHECK (version > 0),   -- 1 = the first import
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

-- A flagged passage keeps the quote the user marked; its span is its old one clamped into the new text.
-- review_candidate_* is the best (not confident enough) place found in the current text, NULL when there is none.
ALTER TABLE annotation ADD COLUMN needs_review INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0, 1));
ALTER TABLE annotation ADD COLUMN review_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE annotation ADD COLUMN review_score REAL NOT NULL DEFAULT 0;
ALTER TABLE annotation ADD COLUMN review_candidate_start INTEGER;
ALTER TABLE annotation ADD COLUMN review_candidate_end INTEGER;
CREATE INDEX annotation_needs_review ON annotation(document_id) WHERE needs_review = 1;
