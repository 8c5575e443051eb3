package org.marginalia.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.cli.Cli;
import org.marginalia.importer.Importers;
import org.marginalia.importer.qdpx.QdpxException;
import org.marginalia.model.Annotation;
import org.marginalia.model.CsvOptions;
import org.marginalia.model.ExportFormat;
import org.marginalia.model.ProjectNote;
import org.marginalia.model.Tag;

/** QualCoder's shapes come in whole: annotations, journal, categories, BOM texts, label names; nothing in silence. */
class QualCoderImportTest {

    private static final String CLEAN_MEMO = "Written by the curate, not the squire.";

    @TempDir
    Path dir;

    private Project create(String name) {
        return Project.create(dir.resolve(name + ".marginalia"), Importers.standard()::read);
    }

    @Test
    void everyShapeQualCoderWritesComesInWithNothingLeftOut() throws Exception {
        Path qdpx = QualCoderFixture.write(dir.resolve("harvest.qdpx"), CLEAN_MEMO, "");
        try (Project project = create("p")) {
            ProjectImport result = project.projectImports().importQdpx(qdpx);

            assertThat(result.report().skipped()).as(result.report().text()).isZero();
            assertThat(result.incomplete()).isFalse();
            List<Annotation> passages = project.passages().list();
            assertThat(passages).extracting(Annotation::quote).containsExactlyInAnyOrder("Dear Sir,", "harvest",
                    "which failed in every parish of the county.", "“poor rates”", "\uD83C\uDF3E harvest");
            Annotation annotation = passages.stream().filter(a -> a.quote().startsWith("\uD83C")).findFirst()
                    .orElseThrow();
            assertThat(annotation.note()).isEqualTo("Is the harvest failure local or general?");
            assertThat(annotation.tagIds()).isEmpty();
            Annotation rates = passages.stream().filter(a -> a.quote().contains("poor")).findFirst().orElseThrow();
            assertThat(rates.note()).isEqualTo("coding memo: rates doubled");

            List<Tag> tags = project.tags().list();
            Tag economy = tags.stream().filter(t -> t.name().equals("Economy")).findFirst().orElseThrow();
            Tag relief = tags.stream().filter(t -> t.name().equals("poor relief")).findFirst().orElseThrow();
            assertThat(economy.codable()).isFalse();
            assertThat(economy.description()).isEqualTo("Category: everything about money");
            assertThat(relief.parentId()).isEqualTo(economy.id());
            assertThat(relief.description()).isEqualTo("Rates, doles, workhouses");

            List<ProjectNote> notes = project.notes().list();
            long source = project.sources().list().get(0).id();
            assertThat(notes).extracting(ProjectNote::text, ProjectNote::documentId).containsExactlyInAnyOrder(
                    tuple(CLEAN_MEMO, source),
                    tuple("Journal: read the overseers' accounts next.", null));
            assertThat(project.notes().search("overseers")).hasSize(1);
            // The corpus search keeps to sources and passage notes: a project note is not a place in a source.
            assertThat(project.search().phrase("overseers", 10)).isEmpty();

            assertThat(result.report().text()).contains("annotations: 1 imported", "project notes: 1 imported",
                    "source notes: 1 imported", "tag folders: 1 imported",
                    "selection names that are labels (positions used): 1", "selection names that shorten the quote: 1");
        }
    }

    @Test
    void aTagFolderIsNeverAppliedAndTheRefusalSaysWhy() throws Exception {
        Path qdpx = QualCoderFixture.write(dir.resolve("harvest.qdpx"), CLEAN_MEMO, "");
        try (Project project = create("p")) {
            project.projectImports().importQdpx(qdpx);
            Annotation first = project.passages().list().get(0);
            Tag economy = project.tags().resolve("Economy");
            assertThatThrownBy(() -> project.passages().addTag(first.id(), economy.id()))
                    .isInstanceOf(ProjectException.class).hasMessageContaining("tag folder");
            assertThat(project.passages().get(first.id()).tagIds()).doesNotContain(economy.id());
        }
    }

    @Test
    void spansOutsideTheTextAndContradictingQuotesAreReportedAndMakeTheImportIncomplete() throws Exception {
        String bad = """
                    <PlainTextSelection guid="X1" name="far away" startPosition="500" endPosition="510"/>
                    <PlainTextSelection guid="X2" name="which failed in every parish" startPosition="0"
                        endPosition="9"/>
                """;
        Path qdpx = QualCoderFixture.write(dir.resolve("bad.qdpx"), CLEAN_MEMO, bad);
        try (Project project = create("p")) {
            ProjectImport result = project.projectImports().importQdpx(qdpx);
            assertThat(result.report().text()).contains("passages: 4 imported, 2 left out",
                    "does not fit a text of 131 characters");
            assertThat(result.warnings()).anyMatch(w -> w.contains("its name is found elsewhere in the text"));
            assertThat(result.incomplete()).isTrue();
            assertThat(result.passagesAdded()).isEqualTo(5);
        }
    }

    @Test
    void aMemoWithABareAmpersandIsRefusedThenRescuedByRepairInACopy() throws Exception {
        Path qdpx = QualCoderFixture.write(dir.resolve("amp.qdpx"), "Smith & Sons paid the rates", "");
        byte[] before = Files.readAllBytes(qdpx);
        try (Project project = create("p")) {
            assertThatThrownBy(() -> project.projectImports().importQdpx(qdpx))
                    .isInstanceOf(QdpxException.class).hasMessageContaining("amp.qdpx");
            ProjectImport result = project.projectImports().importQdpx(qdpx, true);
            assertThat(project.notes().list()).extracting(ProjectNote::text)
                    .contains("Smith & Sons paid the rates");
            assertThat(result.report().text()).contains("characters escaped by --repair", "amp-repaired.qdpx",
                    "& → &amp;");
        }
        assertThat(Files.readAllBytes(qdpx)).isEqualTo(before);
        assertThat(dir.resolve("amp-repaired.qdpx")).exists();
    }

    @Test
    void importProjectPrintsTheReportAndExitsNonZeroWhenNothingFits() throws Exception {
        StringBuilder labels = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            labels.append("<PlainTextSelection guid=\"L").append(i).append("\" name=\"sel ").append(i)
                    .append("\" startPosition=\"").append(1000 + i).append("\" endPosition=\"").append(1010 + i)
                    .append("\"/>\n");
        }
        Path fine = QualCoderFixture.write(dir.resolve("fine.qdpx"), CLEAN_MEMO, "");
        Path broken = QualCoderFixture.write(dir.resolve("broken.qdpx"), CLEAN_MEMO, labels.toString());
        try (Project project = create("cli")) {
            project.path();
        }
        String projectFile = dir.resolve("cli.marginalia").toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int ok = Cli.run(new String[] {"import-project", projectFile, fine.toString()}, Importers.standard()::read,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(ok).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("annotations: 1 imported", "e.g. ");
        int incomplete = Cli.run(new String[] {"import-project", projectFile, broken.toString()},
                Importers.standard()::read, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(incomplete).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("were left out; see the report above");
    }

    @Test
    void reportsAndWebAnnotationsCarryProjectNotesAndSourceMemos() throws Exception {
        Path qdpx = QualCoderFixture.write(dir.resolve("harvest.qdpx"), CLEAN_MEMO, "");
        try (Project project = create("p")) {
            project.projectImports().importQdpx(qdpx);
            for (ExportFormat format : List.of(ExportFormat.HTML, ExportFormat.MARKDOWN, ExportFormat.JSON)) {
                project.exports().export(dir.resolve("out." + format.extension()), format, CsvOptions.standard());
            }
        }
        assertThat(Files.readString(dir.resolve("out.html"))).contains("Project notes and source memos",
                "Written by the curate, not the squire.", "read the overseers");
        assertThat(Files.readString(dir.resolve("out.md"))).contains("## Project notes and source memos",
                "**letter**");
        JsonNode items = new ObjectMapper().readTree(dir.resolve("out.jsonld").toFile()).get("first").get("items");
        JsonNode memo = null;
        for (JsonNode item : items) {
            JsonNode body = item.get("body");
            if (body != null && body.isObject() && CLEAN_MEMO.equals(body.get("value").asText())) {
                memo = item;
            }
        }
        assertThat(memo).isNotNull();
        assertThat(memo.get("motivation").asText()).isEqualTo("commenting");
        assertThat(memo.get("target").asText()).startsWith("urn:uuid:");
    }

    @Test
    void roundTripKeepsProjectNotesSourceNotesDescriptionsAndFolders() throws Exception {
        Path qdpx = QualCoderFixture.write(dir.resolve("harvest.qdpx"), CLEAN_MEMO, "");
        Path first = dir.resolve("first.qdpx");
        Path second = dir.resolve("second.qdpx");
        try (Project project = create("a")) {
            project.projectImports().importQdpx(qdpx);
            project.exports().export(first, ExportFormat.QDPX, CsvOptions.standard());
        }
        try (Project copy = create("b")) {
            ProjectImport result = copy.projectImports().importQdpx(first);
            assertThat(result.report().skipped()).as(result.report().text()).isZero();
            copy.exports().export(second, ExportFormat.QDPX, CsvOptions.standard());
        }
        try (Project again = create("c")) {
            again.projectImports().importQdpx(second);
            assertThat(again.notes().list()).extracting(ProjectNote::text).containsExactlyInAnyOrder(CLEAN_MEMO,
                    "Journal: read the overseers' accounts next.");
            assertThat(again.notes().list().stream().filter(n -> n.text().equals(CLEAN_MEMO)).findFirst()
                    .orElseThrow().documentId()).isNotNull();
            Tag economy = again.tags().resolve("Economy");
            assertThat(economy.codable()).isFalse();
            assertThat(economy.description()).isEqualTo("Category: everything about money");
            assertThat(again.passages().list()).hasSize(5)
                    .anyMatch(a -> a.note().equals("Is the harvest failure local or general?"));
            assertThat(again.passages().list().stream().map(Annotation::quote).sorted(Comparator.naturalOrder()))
                    .contains("Dear Sir,");
        }
    }
}
