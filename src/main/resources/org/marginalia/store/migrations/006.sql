-- Project notes: a research diary or memo that belongs to the project (document_id NULL) or to one source (a source
-- memo), not to a passage. QDA tools call them journals and memos; REFI-QDA writes them as <Note>.
CREATE TABLE project_note (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id     INTEGER REFERENCES document(id) ON DELETE CASCADE,
    body            TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    modified_at     TEXT NOT NULL
) STRICT;
CREATE INDEX project_note_document ON project_note(document_id);

-- Project notes share the search index; their rowids are negative (-id), so they never meet the rowids of sources
-- (document.id * 2) or passage notes (annotation.id * 2 + 1).
CREATE TRIGGER project_note_indexed AFTER INSERT ON project_note BEGIN
    INSERT INTO search_index(rowid, kind, owner_id, body) VALUES (-new.id, 'memo', new.id, new.body);
END;
CREATE TRIGGER project_note_reindexed AFTER UPDATE OF body ON project_note BEGIN
    DELETE FROM search_index WHERE rowid = -old.id;
    INSERT INTO search_index(rowid, kind, owner_id, body) VALUES (-new.id, 'memo', new.id, new.body);
END;
CREATE TRIGGER project_note_unindexed AFTER DELETE ON project_note BEGIN
    DELETE FROM search_index WHERE rowid = -old.id;
END;

-- A tag folder (REFI-QDA's isCodable="false", QualCoder's category) holds tags but is never applied to a passage.
ALTER TABLE tag ADD COLUMN codable INTEGER NOT NULL DEFAULT 1 CHECK (codable IN (0, 1));
-- The project layer refuses first with a readable message; this keeps every other write path honest too.
CREATE TRIGGER tag_folder_never_applied BEFORE INSERT ON annotation_tag
WHEN (SELECT codable FROM tag WHERE id = new.tag_id) = 0 BEGIN
    SELECT RAISE(ABORT, 'a tag folder is never applied to a passage');
END;
