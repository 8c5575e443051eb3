-- Citation details of a source beyond its metadata: the CSL item type (empty = guessed), the journal or site it
-- appeared in, and where it lives in the user's Zotero library, so "Open in Zotero" and page links can find it.
-- zotero_library is the library part of a zotero:// link: 'library' (the user's own) or 'groups/ID'.

ALTER TABLE document ADD COLUMN item_type TEXT NOT NULL DEFAULT '';
ALTER TABLE document ADD COLUMN container_title TEXT NOT NULL DEFAULT '';
ALTER TABLE document ADD COLUMN zotero_library TEXT NOT NULL DEFAULT '';
ALTER TABLE document ADD COLUMN zotero_key TEXT NOT NULL DEFAULT '';
ALTER TABLE document ADD COLUMN zotero_attachment_key TEXT NOT NULL DEFAULT '';
