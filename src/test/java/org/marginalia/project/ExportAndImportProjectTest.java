package org.marginalia.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.Importers;
import org.marginalia.importer.qdpx.QdpxException;
import org.marginalia.model.Annotation;
import org.marginalia.model.CsvOptions;
import org.marginalia.model.ExportFormat;
import org.marginalia.model.Link;
import org.marginalia.model.ProjectSnapshot;
import org.marginalia.model.Tag;

/** Every export format from a real project, and a .qdpx brought back into a new one. */
class ExportAndImportProjectTest {

    @TempDir
    Path dir;

    private Project demo() {
        return DemoProject.create(dir.resolve("demo.marginalia"), Importers.standard()::read);
    }

    @Test
    void everyFormatIsWrittenWithEveryPassage() throws Exception {
        try (Project project = demo()) {
            int passages = project.passages().list().size();
            for (ExportFormat format : ExportFormat.values()) {
                Path out = dir.resolve("demo." + format.extension());
                assertThat(project.exports().export(out, format, CsvOptions.standard())).isEqualTo(passages);
                assertThat(out).isNotEmptyFile();
            }
            JsonNode json = new ObjectMapper().readTree(dir.resolve("demo.jsonld").toFile());
            assertThat(json.get("type").asText()).isEqualTo("AnnotationCollection");
            String html = Files.readString(dir.resolve("demo.html"));
            assertThat(html).contains("Perhaps Russia could be a member (of NATO)").doesNotContain("<script");
            String markdown = Files.readString(dir.resolve("demo.md"));
            assertThat(markdown).contains("Perhaps Russia could be an Ally");
            try (var stream = Files.list(dir)) {
                assertThat(stream.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
            }
        }
    }

    @Test
    void qdpxRoundTripKeepsCodebookSpansQuotesNotesAndLinks() {
        Path qdpx = dir.resolve("demo.qdpx");
        ProjectSnapshot original;
        try (Project project = demo()) {
            project.exports().export(qdpx, ExportFormat.QDPX, CsvOptions.standard());
            original = project.exports().snapshot();
        }
        try (Project copy = Project.create(dir.resolve("copy.marginalia"), Importers.standard()::read)) {
            ProjectImport result = copy.projectImports().importQdpx(qdpx);
            assertThat(result.sourcesAdded()).isEqualTo(2);
            assertThat(result.passagesAdded()).isEqualTo(original.annotations().size());
            assertThat(result.warnings()).isEmpty();
            ProjectSnapshot again = copy.exports().snapshot();
            assertThat(again.tags()).extracting(Tag::name, Tag::color)
                    .containsExactlyElementsOf(original.tags().stream()
                            .map(t -> Tuple.tuple(t.name(), t.color())).toList());
            assertThat(again.annotations()).extracting(Annotation::span, Annotation::quote, Annotation::note)
                    .containsExactlyElementsOf(original.annotations().stream()
                            .map(a -> Tuple.tuple(a.span(), a.quote(), a.note())).toList());
            assertThat(again.links()).extracting(Link::fromAnnotationId, Link::toAnnotationId, Link::relation,
                    Link::note).containsExactlyElementsOf(original.links().stream()
                    .map(l -> Tuple.tuple(l.fromAnnotationId(), l.toAnnotationId(),
                            l.relation(), l.note())).toList());

            ProjectImport twice = copy.projectImports().importQdpx(qdpx);
            assertThat(twice.sourcesAdded()).isZero();
            assertThat(twice.sourcesAlreadyPresent()).isEqualTo(2);
            assertThat(twice.tagsAdded()).isZero();
        }
    }

    @Test
    void hostileArchiveChangesNothing() throws Exception {
        Path evil = dir.resolve("evil.qdpx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(evil))) {
            zip.putNextEntry(new ZipEntry("../../escape.txt"));
            zip.write("x".getBytes());
            zip.closeEntry();
        }
        try (Project project = demo()) {
            List<Annotation> before = project.passages().list();
            assertThatThrownBy(() -> project.projectImports().importQdpx(evil))
                    .isInstanceOf(QdpxException.class).hasMessageContaining("evil.qdpx");
            assertThat(project.passages().list()).isEqualTo(before);
            assertThat(project.sources().list()).hasSize(2);
        }
        assertThat(dir.getParent().resolve("escape.txt")).doesNotExist();
    }
}
