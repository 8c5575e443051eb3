package org.marginalia.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A citation style: one of the bundled CSL styles by its id, or a {@code .csl} file the user chose.
 *
 * @param id the CSL style id ({@code apa}) or, for a user's style, the file name without {@code .csl}
 * @param label what the user sees in menus
 * @param file the user's {@code .csl} file; empty for a bundled style
 */
public record CitationStyle(String id, String label, Optional<Path> file) {

    public static final CitationStyle CHICAGO_NOTES =
            bundled("chicago-fullnote-bibliography", "Chicago (notes and bibliography)");
    public static final CitationStyle CHICAGO_AUTHOR_DATE =
            bundled("chicago-author-date", "Chicago (author-date)");
    public static final CitationStyle APA = bundled("apa", "APA 7th edition");
    public static final CitationStyle MLA = bundled("modern-language-association", "MLA 9th edition");

    /** The styles that ship with Marginalia, the default first. */
    public static final List<CitationStyle> BUNDLED = List.of(CHICAGO_NOTES, CHICAGO_AUTHOR_DATE, APA, MLA);

    private static CitationStyle bundled(String id, String label) {
        return new CitationStyle(id, label, Optional.empty());
    }

    /**
     * The style a user named: a bundled id ({@code apa}), a short name ({@code chicago}, {@code chicago-author-date},
     * {@code mla}), or the path of a {@code .csl} file.
     */
    public static CitationStyle named(String name) {
        String wanted = name.strip();
        switch (wanted.toLowerCase(Locale.ROOT)) {
            case "chicago", "chicago-notes", "chicago-note-bibliography", "chicago-fullnote-bibliography" -> {
                return CHICAGO_NOTES;
            }
            case "chicago-author-date" -> {
                return CHICAGO_AUTHOR_DATE;
            }
            case "apa", "apa7" -> {
                return APA;
            }
            case "mla", "mla9", "modern-language-association" -> {
                return MLA;
            }
            default -> {
                return userFile(Path.of(wanted));
            }
        }
    }

    public static CitationStyle userFile(Path file) {
        String name = file.getFileName().toString();
        String id = name.endsWith(".csl") ? name.substring(0, name.length() - 4) : name;
        return new CitationStyle(id, id + " (your style)", Optional.of(file));
    }

    /** How preferences and exports write the choice down: the bundled id or the file's path. */
    public String reference() {
        return file.map(Path::toString).orElse(id);
    }
}
