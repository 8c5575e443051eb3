package org.marginalia.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.Importers;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Passages go back to Zotero as child notes in the shape Zotero's RDF import translator reads (RDF.js, importItem):
 * the item points at each note with dcterms:isReferencedBy, the note is a bib:Memo with its HTML in rdf:value and
 * its tags as dc:subject.
 */
class ZoteroNotesExportTest {

    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final String DCTERMS = "http://purl.org/dc/terms/";
    private static final String BIB = "http://purl.org/net/biblio#";
    private static final String Z = "http://www.zotero.org/namespaces/export#";
    private static final String DC = "http://purl.org/dc/elements/1.1/";

    @TempDir
    Path dir;

    @Test
    void eachPassageIsAChildNoteWithQuoteTagsNoteAndALinkBackToZotero() throws Exception {
        Path library = ZoteroFixture.create(dir.resolve("Zotero"), "storage:memo.txt");
        Path rdf = dir.resolve("notes.rdf");
        try (Project project = Project.create(dir.resolve("p.marginalia"), Importers.standard()::read)) {
            long source = project.zotero().importLibrary(library, Set.of(), Set.of()).added().get(0).id();
            project.tags().add("NATO <expansion>", "#E76F51", null, "1");
            project.passages().annotate(String.valueOf(source), "Perhaps Russia could be an Ally", 0,
                    List.of("NATO <expansion>"), "Ally, not member & not partner");

            assertThat(project.bibliography().exportZoteroNotes(rdf)).isEqualTo(1);
        }

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(rdf.toFile());
        Element item = (Element) xml.getElementsByTagNameNS(RDF, "Description").item(0);
        assertThat(item.getElementsByTagNameNS(Z, "itemType").item(0).getTextContent()).isEqualTo("manuscript");
        assertThat(item.getElementsByTagNameNS(Z, "archiveLocation").item(0).getTextContent())
                .isEqualTo("National Security Council Records, box 12, folder 3");
        String noteId = ((Element) item.getElementsByTagNameNS(DCTERMS, "isReferencedBy").item(0))
                .getAttributeNS(RDF, "resource");
        Element memo = (Element) xml.getElementsByTagNameNS(BIB, "Memo").item(0);
        assertThat(memo.getAttributeNS(RDF, "about")).isEqualTo(noteId);
        assertThat(memo.getElementsByTagNameNS(DC, "subject").item(0).getTextContent()).isEqualTo("NATO <expansion>");
        String html = memo.getElementsByTagNameNS(RDF, "value").item(0).getTextContent();
        assertThat(html).contains("<blockquote>Perhaps Russia could be an Ally</blockquote>",
                "Tags: NATO &lt;expansion&gt;", "Ally, not member &amp; not partner",
                "href=\"zotero://open-pdf/library/items/EFGH6789\"");
    }
}
