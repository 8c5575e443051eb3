package org.marginalia.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Two coders' agreement per tag and over all tags (the tables pooled: every character × tag is a unit).
 *
 * @param perTag         by tag path (as the first coder wrote it, else the second), in alphabetical order
 * @param excludeUncoded true when text neither coder coded with any tag was left out
 */
public record Agreement(Map<String, AgreementTable> perTag, AgreementTable overall, boolean excludeUncoded) {

    public Agreement {
        perTag = Collections.unmodifiableMap(new LinkedHashMap<>(perTag));
    }
}
