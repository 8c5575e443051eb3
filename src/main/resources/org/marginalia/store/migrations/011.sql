-- Schema version 11: the Sources list reads each source's details from an index that holds them, not from the table.
-- In document, text_length, page_starts and imported_at come after original_bytes and plain_text, so reading them
-- walked every overflow page of every source's file and text (10,000 sources: 207 MB read to list 2 MB of details).
-- A covering index with exactly the columns the list reads (DocumentStore's COLUMNS) lets SQLite scan it in id order
-- instead ("SCAN document USING COVERING INDEX document_listed"). An index changes no row, id, counter, trigger or
-- search entry; DocumentStoreTest checks the plan, so a column added to the list without it here is noticed.
CREATE INDEX document_listed ON document(id, title, author, publisher, doc_date, url, archive, collection, box,
    folder, event_date, source_type, file_name, sha256, text_length, page_starts, imported_at);
