package org.marginalia.export.bibliography;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marginalia.export.csl.CslItems;
import org.marginalia.model.ArchiveLocation;
import org.marginalia.model.BibliographyTypes;
import org.marginalia.model.CitedSource;
import org.marginalia.model.SourceMetadata;

/**
 * Sources as BibLaTeX entries (UTF-8). Archival details go in {@code archive} and {@code archive_location}, the
 * fields Better BibTeX for Zotero writes; the event date in BibLaTeX's {@code eventdate}.
 */
public final class BibTeXWriter {

    public void write(List<CitedSource> sources, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (CitedSource source : sources) {
            BibliographyTypes type = BibliographyTypes.ofCsl(CslItems.itemType(source));
            w.write("@" + type.bibtex() + "{" + source.key().replaceAll("[^A-Za-z0-9_:.-]", "_") + ",\n");
            for (Map.Entry<String, String> field : fields(source, type).entrySet()) {
                if (!field.getValue().isEmpty()) {
                    w.write("  " + field.getKey() + " = {" + escape(field.getValue()) + "},\n");
                }
            }
            w.write("}\n\n");
        }
        w.flush();
    }

    private static Map<String, String> fields(CitedSource source, BibliographyTypes type) {
        SourceMetadata m = source.metadata();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("entrysubtype", type.bibtexSubtype());
        fields.put("title", m.title());
        // BibTeX separates names with "and"; a name in braces stays whole, as in the source details.
        String[] authors = m.author().isEmpty() ? new String[0] : m.author().split("\\s*;\\s*");
        fields.put("author", String.join(" and ", authors));
        fields.put("publisher", m.publisher());
        fields.put("journaltitle", source.details().containerTitle());
        fields.put("date", m.date());
        fields.put("eventdate", m.eventDate());
        fields.put("url", m.url());
        fields.put("archive", m.archive());
        fields.put("archive_location", ArchiveLocation.of(m).text());
        return fields;
    }

    /** Unbalanced braces would end the value early; a backslash starts a command. */
    private static String escape(String value) {
        int depth = 0;
        for (char c : value.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth < 0) {
                break;
            }
        }
        String text = value.replace("\\", "\\textbackslash{}");
        return depth == 0 ? text : text.replace("{", "\\{").replace("}", "\\}");
    }
}
