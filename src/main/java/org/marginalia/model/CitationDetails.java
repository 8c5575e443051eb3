package org.marginalia.model;

/**
 * What a citation needs beyond {@link SourceMetadata}: the kind of work (a CSL item type such as {@code book},
 * {@code article-journal}, {@code webpage}, {@code manuscript}; empty = guessed from the other details), the journal
 * or site it appeared in, and where it lives in the user's Zotero library, so a note can jump back to it. Every
 * field is a string, empty (never null) when unknown.
 *
 * @param zoteroLibrary the library part of a {@code zotero://} link: {@code library} for the user's own,
 *     {@code groups/ID} for a group library
 * @param zoteroKey the Zotero item key of the source
 * @param zoteroAttachmentKey the key of the attachment the source's file came from (for page links)
 */
public record CitationDetails(
        String itemType,
        String containerTitle,
        String zoteroLibrary,
        String zoteroKey,
        String zoteroAttachmentKey) {

    public static final CitationDetails NONE = new CitationDetails("", "", "", "", "");

    public CitationDetails {
        itemType = clean(itemType);
        containerTitle = clean(containerTitle);
        zoteroLibrary = clean(zoteroLibrary);
        zoteroKey = clean(zoteroKey);
        zoteroAttachmentKey = clean(zoteroAttachmentKey);
    }

    public static CitationDetails ofType(String itemType, String containerTitle) {
        return new CitationDetails(itemType, containerTitle, "", "", "");
    }

    /** Whether the source came from a Zotero library and can be opened there. */
    public boolean inZotero() {
        return !zoteroKey.isEmpty();
    }

    /** {@code zotero://select/…} for "Open in Zotero", or empty. */
    public String zoteroSelectLink() {
        return inZotero() ? "zotero://select/" + library() + "/items/" + zoteroKey : "";
    }

    /** {@code zotero://open-pdf/…?page=N} opening the source's PDF in Zotero at a page, or empty. */
    public String zoteroPageLink(int page) {
        if (zoteroAttachmentKey.isEmpty()) {
            return "";
        }
        String link = "zotero://open-pdf/" + library() + "/items/" + zoteroAttachmentKey;
        return page > 0 ? link + "?page=" + page : link;
    }

    public CitationDetails withZotero(String library, String key, String attachmentKey) {
        return new CitationDetails(itemType, containerTitle, library, key, attachmentKey);
    }

    private String library() {
        return zoteroLibrary.isEmpty() ? "library" : zoteroLibrary;
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
