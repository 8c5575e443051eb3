package org.marginalia.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.export.W3cSchemas;
import org.marginalia.model.CsvOptions;
import org.marginalia.model.ExportFormat;

/** A passage on a page with word boxes is also placed on the page, as a W3C FragmentSelector per page. */
class PageFragmentExportTest {

    @TempDir
    Path dir;

    @Test
    void passagesOnThePagesGetABoxPerPageBesideTheirTextSelectorsAndStayValidW3c() throws Exception {
        try (ScannedExportFixture fixture = ScannedExportFixture.create(dir)) {
            Project project = fixture.project;
            Path json = dir.resolve("out.json");
            project.exports().export(json, ExportFormat.JSON, CsvOptions.standard());
            JsonNode items = new ObjectMapper().readTree(json.toFile()).path("first").path("items");

            // Passage 1, "Perhaps Russia" on page 1: the fixture puts character i of a page at x = 50 + 10 i, y = 100.
            JsonNode first = items.get(0).path("target");
            assertThat(first.isArray()).isTrue();
            assertThat(first.get(0).path("selector").findValuesAsText("type"))
                    .containsExactly("TextQuoteSelector", "TextPositionSelector");
            int perhaps = ScannedExportFixture.PAGE_ONE.indexOf("Perhaps");
            int russiaEnd = ScannedExportFixture.PAGE_ONE.indexOf(" could");
            JsonNode box = first.get(1);
            assertThat(box.path("type").asText()).isEqualTo("SpecificResource");
            assertThat(box.path("source").asText()).isEqualTo(first.get(0).path("source").asText() + "#page=1");
            assertThat(box.path("selector").path("type").asText()).isEqualTo("FragmentSelector");
            assertThat(box.path("selector").path("conformsTo").asText()).isEqualTo("http://www.w3.org/TR/media-frags/");
            assertThat(box.path("selector").path("value").asText()).isEqualTo("xywh=pixel:" + (50 + 10 * perhaps)
                    + ",100," + 10 * (russiaEnd - perhaps) + ",12");

            // Passage 4 runs from "Ally." on page 1 to "=SUM(A1)" on page 2: one box on each.
            JsonNode spanning = items.get(3).path("target");
            assertThat(spanning).hasSize(3);
            assertThat(spanning.get(1).path("source").asText()).endsWith("#page=1");
            assertThat(spanning.get(2).path("source").asText()).endsWith("#page=2");
            assertThat(spanning.get(2).path("selector").path("value").asText()).isEqualTo("xywh=pixel:50,200,80,12");

            // The plain text has no pages: its passages keep the single text target.
            assertThat(items.get(1).path("target").isObject()).isTrue();

            List<String> failures = new ArrayList<>();
            List<Path> musts = W3cSchemas.assertions("must");
            assertThat(musts).hasSize(54);
            for (Path assertion : musts) {
                JsonSchema schema = W3cSchemas.schema(assertion);
                for (JsonNode item : items) {
                    failures.addAll(W3cSchemas.failures(schema, assertion, item));
                }
            }
            // The suite's detections of a fragment selector and of its conformsTo ("should"), on each boxed item.
            List<Path> fragments = new ArrayList<>();
            for (String level : List.of("should", "may")) {
                W3cSchemas.assertions(level).stream().filter(p -> p.getFileName().toString().startsWith("4.2.1-"))
                        .forEach(fragments::add);
            }
            assertThat(fragments).extracting(p -> p.getFileName().toString())
                    .containsExactlyInAnyOrder("4.2.1-conformsTo.json", "4.2.1-fragmentSelector.json");
            int boxed = 0;
            for (JsonNode item : items) {
                if (item.findValuesAsText("type").contains("FragmentSelector")) {
                    boxed++;
                    for (Path assertion : fragments) {
                        failures.addAll(W3cSchemas.failures(W3cSchemas.schema(assertion), assertion, item));
                    }
                }
            }
            assertThat(boxed).as("the four passages of the scan").isEqualTo(4);
            assertThat(failures).isEmpty();
        }
    }
}
