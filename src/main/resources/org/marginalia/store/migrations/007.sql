-- Schema version 3: the pages of a source and the words on them, so a reader can see the page they cite.
-- Coordinates have their origin at the page's top-left corner, y grows downwards, in the page's own unit:
-- 'pt' = PDF points (1/72 inch) of the page as displayed (its crop box, after rotation); 'px' = pixels of the image.
-- start_offset/end_offset are UTF-16 code units into document.plain_text (the current version only: a re-import
-- replaces the pages with those of the new text).

CREATE TABLE source_page (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id     INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    page            INTEGER NOT NULL CHECK (page > 0),                   -- 1-based, as PageStarts counts
    width           REAL NOT NULL CHECK (width > 0),
    height          REAL NOT NULL CHECK (height > 0),
    unit            TEXT NOT NULL CHECK (unit IN ('pt', 'px')),
    origin          TEXT NOT NULL CHECK (origin IN ('text-layer', 'ocr', 'transcription')),
    mean_confidence REAL CHECK (mean_confidence IS NULL OR mean_confidence BETWEEN 0 AND 1),  -- NULL: no words
    UNIQUE (document_id, page)
) STRICT;

CREATE TABLE word_box (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    page_id         INTEGER NOT NULL REFERENCES source_page(id) ON DELETE CASCADE,
    word            TEXT NOT NULL,
    start_offset    INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset      INTEGER NOT NULL CHECK (end_offset > start_offset),
    x               REAL NOT NULL,
    y               REAL NOT NULL,
    width           REAL NOT NULL CHECK (width >= 0),
    height          REAL NOT NULL CHECK (height >= 0),
    confidence      REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1)     -- 1 for a born-digital text layer
) STRICT;
CREATE INDEX word_box_page ON word_box(page_id, start_offset);
