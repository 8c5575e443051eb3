package org.marginalia.model;

import java.util.List;

/**
 * How CSL item types are written in BibTeX/BibLaTeX, RIS and Zotero, both ways, so a bibliography read back gives the
 * type it was written with. Types not in the table are written as the generic kind and read back as
 * {@code document}.
 *
 * @param csl the CSL type
 * @param bibtex the BibLaTeX entry type
 * @param bibtexSubtype the BibLaTeX {@code entrysubtype} that tells newspapers and magazines from journals
 * @param ris the RIS {@code TY} code
 * @param zotero Zotero's item type
 */
public record BibliographyTypes(String csl, String bibtex, String bibtexSubtype, String ris, String zotero) {

    public static final List<BibliographyTypes> ALL = List.of(
            new BibliographyTypes("book", "book", "", "BOOK", "book"),
            new BibliographyTypes("article-journal", "article", "", "JOUR", "journalArticle"),
            new BibliographyTypes("article-newspaper", "article", "newspaper", "NEWS", "newspaperArticle"),
            new BibliographyTypes("article-magazine", "article", "magazine", "MGZN", "magazineArticle"),
            new BibliographyTypes("webpage", "online", "", "ELEC", "webpage"),
            new BibliographyTypes("manuscript", "unpublished", "", "UNPB", "manuscript"),
            new BibliographyTypes("report", "report", "", "RPRT", "report"),
            new BibliographyTypes("document", "misc", "", "GEN", "document"));

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
