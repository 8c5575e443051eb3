package org.marginalia.export.bibliography;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;
import org.marginalia.export.csl.CslItems;
import org.marginalia.model.CitedSource;

/** Sources as a CSL-JSON array, the same items the citation styles are given (Zotero and Pandoc read it). */
public final class CslJsonWriter {

    public void write(List<CitedSource> sources, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        StringJsonBuilderFactory json = new StringJsonBuilderFactory();
        w.write("[\n");
        for (int i = 0; i < sources.size(); i++) {
            w.write("  " + CslItems.exactItem(sources.get(i)).toJson(json.createJsonBuilder()));
            w.write(i + 1 < sources.size() ? ",\n" : "\n");
        }
        w.write("]\n");
        w.flush();
    }
}
