-- Sources remember their language (ISO 639-1, '' = not set: English is assumed), so that comparison stems and
-- drops function words by that language's rules.
ALTER TABLE document ADD COLUMN language TEXT NOT NULL DEFAULT '';

-- Sentence embeddings for comparison by meaning, computed once per source text and model. Keyed by the source's
-- content hash rather than its id: a re-import with new text gets new vectors, a restore or an undo that brings the
-- same text back reuses them, and no row ever speaks for another text. Rows whose hash no source has any more are
-- pruned by the project layer. vectors: sentence_count * dimensions little-endian float32, in sentence order.
CREATE TABLE sentence_embedding (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    source_sha256   TEXT NOT NULL CHECK (length(source_sha256) = 64),
    model           TEXT NOT NULL,
    sentence_count  INTEGER NOT NULL CHECK (sentence_count >= 0),
    dimensions      INTEGER NOT NULL CHECK (dimensions > 0),
    vectors         BLOB NOT NULL CHECK (length(vectors) = sentence_count * dimensions * 4),
    UNIQUE (source_sha256, model)
) STRICT;
