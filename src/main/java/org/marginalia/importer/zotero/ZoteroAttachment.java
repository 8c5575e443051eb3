package org.marginalia.importer.zotero;

import java.nio.file.Path;

/**
 * A file stored with a Zotero item, inside the library's {@code storage/} folder.
 *
 * @param key the attachment's own Zotero item key (what {@code zotero://open-pdf/…} names)
 * @param contentType the MIME type Zotero recorded, e.g. {@code application/pdf}
 * @param file the file, resolved inside {@code storage/}
 */
public record ZoteroAttachment(String key, String contentType, Path file) {
}
