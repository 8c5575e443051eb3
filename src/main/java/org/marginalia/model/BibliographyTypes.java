package org.marginalia.model;

import java.util.List;

/**
 * How CSL item types are written in BibTeX/BibLaTeX and RIS, both ways, so a bibliography read back gives the
 * type it was written with. Types not in the table are written as the generic kind and read back as
 * {@code document}.
 *
 * @param csl the CSL type
 * @param bibtex the BibLaTeX entry type
 * @param bibtexSubtype the BibLaTeX {@code entrysubtype} that tells newspapers and magazines from journals
 * @param ris the RIS {@code TY} code
 */
public record BibliographyTypes(String csl, String bibtex, String bibtexSubtype, String ris) {

    public static final List<BibliographyTypes> ALL = List.of(
            new BibliographyTypes("book", "book", "", "BOOK"),
            new BibliographyTypes("article-journal", "article", "", "JOUR"),
            new BibliographyTypes("article-newspaper", "article", "newspaper", "NEWS"),
            new BibliographyTypes("article-magazine", "article", "magazine", "MGZN"),
            new BibliographyTypes("webpage", "online", "", "ELEC"),
            new BibliographyTypes("manuscript", "unpublished", "", "UNPB"),
            new BibliographyTypes("report", "report", "", "RPRT"),
            new BibliographyTypes("document", "misc", "", "GEN"));

    private static final BibliographyTypes GENERIC = ALL.get(ALL.size() - 1);

    public static BibliographyTypes ofCsl(String csl) {
        return ALL.stream().filter(t -> t.csl.equals(csl)).findFirst().orElse(GENERIC);
    }

    public static BibliographyTypes ofBibtex(String type, String subtype) {
        return ALL.stream().filter(t -> t.bibtex.equalsIgnoreCase(type) && t.bibtexSubtype.equalsIgnoreCase(subtype))
                .findFirst().orElse(GENERIC);
    }

    public static BibliographyTypes ofRis(String ris) {
        return ALL.stream().filter(t -> t.ris.equalsIgnoreCase(ris)).findFirst().orElse(GENERIC);
    }
}
