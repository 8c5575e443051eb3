-- Schema version 10: a page's word boxes kept as one value on its page row. A row per word made storing a
-- 1,000-page PDF insert some 600,000 rows (with their index entries and sequence updates), which doubled the CPU of
-- an import; one value per page is a thousand rows. 'words' is the encoding of PageWordsCodec (a version byte, the
-- count, then each word's UTF-8 text, offsets and box), words in text order. Pages stored before this version keep
-- their word_box rows (words IS NULL) and are read from them; storing a page's words anew moves them into 'words'.
ALTER TABLE source_page ADD COLUMN words BLOB;
