package org.marginalia.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marginalia.model.Annotation;
import org.marginalia.model.ProjectSnapshot;

class WebAnnotationExporterTest {

    private static final String BASE = W3cSchemas.BASE;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode collection;
    private static Path schemaRoot;

    @BeforeAll
    static void export() throws IOException, URISyntaxException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WebAnnotationExporter().write(ExportFixtures.snapshot(), out);
        collection = JSON.readTree(new String(out.toByteArray(), StandardCharsets.UTF_8));
        schemaRoot = Path.of(WebAnnotationExporterTest.class.getResource("/standards/web-annotation").toURI());
    }

    @Test
    void everyAnnotationPassesEveryMustSchemaOfTheW3cTestSuite() throws IOException {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Path assertion : assertions("must")) {
            JsonSchema schema = schema(assertion);
            for (JsonNode annotation : items()) {
                failures.addAll(failures(schema, assertion, annotation));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(54 * 6);
        assertThat(failures).isEmpty();
    }

    @Test
    void everyAnnotationImplementsTheRecommendedFeaturesThatMarginaliaRecords() throws IOException {
        List<String> failures = new ArrayList<>();
        List<Path> shoulds = assertions("should");
        assertThat(shoulds).hasSize(33);
        int checked = 0;
        for (Path assertion : shoulds) {
            String name = assertion.getFileName().toString();
            if (NOT_RECORDED.stream().anyMatch(name::contains)) {
                continue;
            }
            JsonSchema schema = schema(assertion);
            for (JsonNode annotation : items()) {
                boolean aboutTheCreator = name.startsWith("3.3.") && name.contains("nnotation")
                        && name.contains("Creator");
                boolean noAuthorKnown = aboutTheCreator && !annotation.has("creator");
                boolean startsTheText = name.equals("4.2.4-prefix.json") && annotation.findValue("prefix") == null;
                if (!noAuthorKnown && !startsTheText) {
                    failures.addAll(failures(schema, assertion, annotation));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(failures).isEmpty();
    }

    @Test
    void theCollectionIsAValidAnnotationCollectionWithAnEmbeddedFirstPage() {
        JsonSchemaFactory factory = factory();
        for (String definition : List.of("annotationCollectionTypeValueFound", "labelFound", "totalDefinition",
                "firstFound", "firstRequiredIfTotalMoreThanZero")) {
            JsonSchema schema =
                    factory.getSchema(SchemaLocation.of(BASE + "collections.json#/definitions/" + definition));
            assertThat(schema.validate(collection)).as(definition).isEmpty();
        }
        assertThat(collection.path("@context").asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(collection.path("first").path("type").asText()).isEqualTo("AnnotationPage");
        assertThat(collection.path("total").asInt()).isEqualTo(6)
                .isEqualTo(collection.path("first").path("items").size());
    }

    @Test
    void positionSelectorsCountCodePointsAndPointAtTheExactQuote() {
        ProjectSnapshot snapshot = ExportFixtures.snapshot();
        Map<String, String> textBySource = new HashMap<>();
        Guids guids = new Guids(snapshot.projectName());
        snapshot.documents().forEach(
                d -> textBySource.put(Guids.iri(guids.source(d.sha256())), snapshot.textOf(d.id())));
        int checked = 0;
        for (JsonNode item : collection.path("first").path("items")) {
            JsonNode targets = item.path("target").isArray() ? item.path("target")
                    : JSON.createArrayNode().add(item.path("target"));
            for (JsonNode target : targets) {
                String text = textBySource.get(target.path("source").asText());
                JsonNode quote = target.path("selector").get(0);
                JsonNode position = target.path("selector").get(1);
                int start = text.offsetByCodePoints(0, position.path("start").asInt());
                int end = text.offsetByCodePoints(0, position.path("end").asInt());
                assertThat(text.substring(start, end)).isEqualTo(quote.path("exact").asText());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(7);
        JsonNode astral = item("passage", 3);
        Annotation weShallSee = snapshot.annotation(3).orElseThrow();
        assertThat(astral.path("target").path("selector").get(1).path("start").asInt())
                .isEqualTo(weShallSee.span().start() - 2);
    }

    @Test
    void tagsNotesCreatorsAndLinksBecomeTheirW3cForms() {
        JsonNode first = item("passage", 1);
        assertThat(first.path("motivation").asText()).isEqualTo("classifying");
        assertThat(first.path("body").findValuesAsText("value")).containsExactly("Russia", "NATO <membership>",
                "Compare the report.");
        assertThat(first.path("body").findValuesAsText("purpose"))
                .containsExactly("tagging", "classifying", "tagging", "classifying", "commenting");
        assertThat(first.path("body").get(1).path("source").asText()).startsWith("urn:uuid:");
        assertThat(first.path("creator").path("name").asText()).isEqualTo("A. Historian");
        assertThat(first.path("created").asText()).isEqualTo("2025-01-15T10:12:01Z");
        assertThat(first.path("target").path("selector").get(0).path("prefix").asText()).endsWith("Bush: ");

        JsonNode link = item("link", 1);
        assertThat(link.path("motivation").asText()).isEqualTo("linking");
        assertThat(link.path("body").get(0).path("value").asText()).isEqualTo("paraphrases");
        assertThat(link.path("target").findValuesAsText("exact"))
                .containsExactly("perhaps Russia could be a member (of NATO)", "Perhaps Russia could be an Ally");
    }

    @Test
    void exportingTwiceGivesTheSameIdentifiers() throws IOException {
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        new WebAnnotationExporter().write(ExportFixtures.snapshot(), again);
        assertThat(JSON.readTree(again.toByteArray())).isEqualTo(collection);
    }

    /**
     * "Should" schemas that only detect optional features Marginalia has no data for: languages, per-body and
     * per-target creators and dates, nicknames, conformsTo (for fragment selectors, which it does not use).
     */
    private static final List<String> NOT_RECORDED = List.of("Language", "bodyCreated", "targCreated",
            "bodySingleCreator", "targSingleCreator", "bodyCreatorAgent", "targCreatorAgent", "Nickname", "conformsTo",
            "targSingleFormat");

    private static List<Path> assertions(String type) throws IOException {
        return W3cSchemas.assertions(type);
    }

    private static JsonSchema schema(Path assertion) throws IOException {
        return W3cSchemas.schema(assertion);
    }

    private static List<String> failures(JsonSchema schema, Path assertion, JsonNode annotation) {
        return W3cSchemas.failures(schema, assertion, annotation);
    }

    private static JsonSchemaFactory factory() {
        return W3cSchemas.factory();
    }

    private static Iterable<JsonNode> items() {
        return collection.path("first").path("items");
    }

    private static JsonNode item(String kind, long id) {
        Guids guids = new Guids(ExportFixtures.snapshot().projectName());
        String iri = Guids.iri(kind.equals("link") ? guids.link(id) : guids.passage(id));
        for (JsonNode item : collection.path("first").path("items")) {
            if (item.path("id").asText().equals(iri)) {
                return item;
            }
        }
        throw new AssertionError("no " + kind + " " + id);
    }

}
