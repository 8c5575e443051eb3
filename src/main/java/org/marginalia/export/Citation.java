package org.marginalia.export;

import java.util.ArrayList;
import java.util.List;
import org.marginalia.model.SourceMetadata;

/**
 * A Chicago-style note citation built from a source's metadata, as plain text: {@code Author, "Title," Publisher,
 * Date, page, archive details, URL.} Missing fields are skipped. Used by the reports and the window's "Copy citation".
 */
public final class Citation {

    private Citation() {
    }

    /** @param page the 1-based page, or 0 when the source has no pages */
    public static String note(SourceMetadata metadata, int page) {
        List<String> parts = new ArrayList<>();
        if (!metadata.author().isEmpty()) {
            parts.add(metadata.author());
        }
        if (!metadata.title().isEmpty()) {
            // Chicago puts the comma inside the quotation marks.
            parts.add("\u201C" + metadata.title() + ",\u201D");
        }
        add(parts, metadata.publisher());
        add(parts, metadata.date());
        if (page > 0) {
            parts.add(Integer.toString(page));
        }
        add(parts, metadata.box().isEmpty() ? "" : "box " + metadata.box());
        add(parts, metadata.folder().isEmpty() ? "" : "folder " + metadata.folder());
        add(parts, metadata.collection());
        add(parts, metadata.archive());
        add(parts, metadata.url());
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (out.length() > 0) {
                out.append(out.charAt(out.length() - 1) == '\u201D' ? " " : ", ");
            }
            out.append(part);
        }
        if (out.length() > 0 && out.charAt(out.length() - 1) == '\u201D') {
            // A note that ends on the title closes with a full stop inside the quotes.
            out.setCharAt(out.length() - 2, '.');
            return out.toString();
        }
        return out.length() == 0 ? "" : out.append('.').toString();
    }

    private static void add(List<String> parts, String value) {
        if (!value.isEmpty()) {
            parts.add(value);
        }
    }
}
