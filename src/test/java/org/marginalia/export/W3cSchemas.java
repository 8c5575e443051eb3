package org.marginalia.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** The W3C Web Annotation test suite's JSON schemas (test resources), for the exporters' tests. */
public final class W3cSchemas {

    /** A made-up base: the W3C schemas name each other by bare file name, so all of them sit in one folder here. */
    public static final String BASE = "https://w3c-tests.invalid/schemas/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = root();

    private W3cSchemas() {
    }

    private static Path root() {
        try {
            return Path.of(W3cSchemas.class.getResource("/standards/web-annotation").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Path> assertions(String type) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT.resolve("annotations"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                if (JSON.readTree(file.toFile()).path("assertionType").asText().equals(type)) {
                    found.add(file);
                }
            }
        }
        return found;
    }

    public static JsonSchema schema(Path assertion) throws IOException {
        JsonNode node = JSON.readTree(assertion.toFile());
        return factory().getSchema(SchemaLocation.of(BASE + assertion.getFileName()), node);
    }

    public static List<String> failures(JsonSchema schema, Path assertion, JsonNode annotation) {
        Set<ValidationMessage> errors = schema.validate(annotation);
        return errors.isEmpty() ? List.of()
                : List.of(assertion.getFileName() + " on " + annotation.path("id").asText() + ": " + errors);
    }

    public static JsonSchemaFactory factory() {
        Map<String, String> definitions = new HashMap<>();
        try (Stream<Path> files = Files.list(ROOT.resolve("definitions"))) {
            for (Path file : files.toList()) {
                definitions.put(BASE + file.getFileName(), Files.readString(file));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                builder -> builder.schemaLoaders(loaders -> loaders.schemas(definitions)));
    }
}
