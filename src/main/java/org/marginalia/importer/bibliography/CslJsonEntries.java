package org.marginalia.importer.bibliography;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.csl.CSLItemData;
import org.marginalia.importer.ImportException;
import org.marginalia.model.CitedSource;

/** CSL-JSON: an array of items (or one item), as Zotero, Pandoc and Marginalia write it. */
final class CslJsonEntries {

    List<CitedSource> read(String text, Path file) {
        List<Map<String, Object>> items;
        try {
            ObjectMapper json = new ObjectMapper();
            String trimmed = text.strip();
            items = trimmed.startsWith("{") ? List.of(json.readValue(trimmed, new TypeReference<>() { }))
                    : json.readValue(trimmed, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new ImportException(ImportException.Reason.DAMAGED, file, "not CSL-JSON: "
                    + e.getOriginalMessage(), e);
        }
        List<CitedSource> sources = new ArrayList<>();
        for (Map<String, Object> item : items) {
            try {
                sources.add(CslFields.source(CSLItemData.fromJson(item)));
            } catch (RuntimeException e) {
                throw new ImportException(ImportException.Reason.DAMAGED, file, "item " + item.get("id")
                        + " is not a CSL item (" + e.getMessage() + ")", e);
            }
        }
        return sources;
    }
}
