package org.marginalia.analysis;

import java.util.Locale;

/** Two codebooks name the same tag when their paths match without regard to case or spacing. */
public final class TagKeys {

    private TagKeys() {
    }

    /** "Russia / NATO  Expansion" and "russia/nato expansion" give the same key. */
    public static String of(String path) {
        return path.strip().replaceAll("\\s*/\\s*", "/").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
