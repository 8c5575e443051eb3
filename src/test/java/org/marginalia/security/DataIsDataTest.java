package org.marginalia.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.cli.Cli;
import org.marginalia.importer.Importers;
import org.marginalia.project.Project;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Tag names, notes and titles are data: strings that look like SQL, LIKE patterns, markup, formulas or bidi tricks
 * go through every command and every export and come out as they went in, or escaped as the format requires.
 */
class DataIsDataTest {

    private static final String LONG = "Long name " + "\u00e9\ud83d\udcdc".repeat(3330);
    private static final List<String> HOSTILE = List.of(
            "'); DROP TABLE tag;--",
            "%",
            "_",
            "50% of _all_ \\ and \\%",
            "\"double\" 'single' `back` \u201ccurly\u201d",
            "nul\u0000inside",
            LONG,
            "\u202Eexe.txt\u202C and \u2067isolated\u2069 \u200Fmark",
            "<script>alert(1)</script> & <b>bold</b> &amp;",
            "=HYPERLINK(\"http://127.0.0.1/\")",
            "# heading *star* [link](x) | pipe",
            "tab\there\nnew line");
    private static final String QUOTE = "Perhaps Russia could be an Ally";

    @TempDir
    static Path dir;
    private static Path project;
    private static final List<Long> passages = new ArrayList<>();

    record Result(int code, String out, String err) {
    }

    private static Result run(Object... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] strings = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        int code = Cli.run(strings, Importers.standard()::read, new PrintStream(out, true), new PrintStream(err, true));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Result ok(Object... args) {
        Result result = run(args);
        String command = Arrays.toString(args);
        assertThat(result.code()).as("%s: %s", command.substring(0, Math.min(80, command.length())), result.err())
                .isZero();
        return result;
    }

    @BeforeAll
    static void everyCommandTakesEveryString() {
        project = dir.resolve("hostile.marginalia");
        ok("new", project);
        ok("import", project, Path.of(System.getProperty("marginalia.seeds", "assets/samples"),
                "000_7ff5d61a483c6a56.txt"));
        for (String s : HOSTILE) {
            assertThat(ok("tag", "add", project, s).out()).endsWith("\t" + tsv(s) + "\n");
            String id = ok("annotate", project, "--doc", "1", "--quote", QUOTE, "--tag", s, "--note", s).out().strip();
            passages.add(Long.parseLong(id));
        }
        for (int i = 1; i < passages.size(); i++) {
            ok("link", project, passages.get(i - 1), passages.get(i), "--note", HOSTILE.get(i));
        }
    }

    @Test
    void listingsShowEveryStringAsStoredWithTabsAndBreaksEscaped() {
        String tags = ok("list", project, "tags").out();
        String annotations = ok("list", project, "annotations").out();
        String links = ok("list", project, "links").out();

        for (String s : HOSTILE) {
            assertThat(tags).contains("\t" + tsv(s));
            assertThat(annotations).contains(tsv(s));
        }
        assertThat(links).contains(tsv(HOSTILE.get(1)), tsv(LONG));
        assertThat(tags.lines()).hasSize(HOSTILE.size());
    }

    @Test
    void aTitleMadeOfEachStringNamesTheSourceInMetaAndShow() {
        for (String s : HOSTILE) {
            ok("meta", project, "1", "--set", "title=" + s);

            assertThat(ok("meta", project, "1").out()).contains("title\t" + tsv(s.strip()) + "\n");
            assertThat(ok("list", project, "docs").out()).contains(tsv(s.strip()));
            assertThat(ok("show", project, s.strip()).out()).contains(QUOTE);
        }
        ok("meta", project, "1", "--set", "title=Declassified correspondence");
    }

    @Test
    void theStoreStillHoldsItsTablesAndPassesItsChecks() {
        assertThat(ok("check", project).out()).doesNotContainIgnoringCase("error");
        try (Project open = Project.open(project, Importers.standard()::read)) {
            assertThat(open.tags().list()).extracting(t -> t.name()).containsExactlyInAnyOrderElementsOf(HOSTILE);
            assertThat(open.passages().list()).extracting(a -> a.note()).containsAll(HOSTILE);
            assertThat(open.check()).isEmpty();
        }
    }

    @Test
    void rawCsvGivesEveryStringBackVerbatimAndSpreadsheetCsvDefusesTheFormula() throws IOException {
        Path raw = dir.resolve("raw.csv");
        Path sheet = dir.resolve("sheet.csv");
        ok("export", project, "--format", "csv", "--raw", "--out", raw);
        ok("export", project, "--format", "csv", "--out", sheet);

        List<CSVRecord> rows = csv(raw);
        assertThat(rows).extracting(r -> r.get("tag")).containsAll(HOSTILE);
        assertThat(rows).extracting(r -> r.get("note")).containsAll(HOSTILE);
        String formula = HOSTILE.get(9);
        assertThat(csv(sheet)).extracting(r -> r.get("note")).contains("'" + formula).doesNotContain(formula);
    }

    @Test
    void webAnnotationJsonHoldsEveryStringVerbatim() throws IOException {
        Path json = dir.resolve("annotations.json");
        ok("export", project, "--format", "json", "--out", json);

        List<String> values = new ArrayList<>();
        collect(new ObjectMapper().readTree(json.toFile()), values);

        assertThat(values).containsAll(HOSTILE);
    }

    @Test
    void refiQdaXmlHoldsEveryStringItCanAndStaysWellFormed() throws Exception {
        Path qdpx = dir.resolve("project.qdpx");
        ok("export", project, "--format", "qdpx", "--out", qdpx);

        List<String> values = new ArrayList<>();
        collect(parseQde(qdpx), values);

        for (String s : HOSTILE) {
            // XML 1.0 cannot hold U+0000 in any form, so the writer puts a space there; the rest arrives intact.
            assertThat(values).contains(s.replace('\u0000', ' '));
        }
    }

    @Test
    void htmlReportEscapesMarkupSoItShowsAsText() throws IOException {
        Path html = dir.resolve("report.html");
        ok("export", project, "--format", "html", "--out", html);

        var report = Jsoup.parse(html.toFile(), "UTF-8");
        assertThat(report.select("script")).isEmpty();
        assertThat(report.select("b:containsOwn(bold)")).isEmpty();
        assertThat(report.text()).contains("<script>alert(1)</script> & <b>bold</b> &amp;", "'); DROP TABLE tag;--",
                "\u202Eexe.txt\u202C");
    }

    @Test
    void markdownReportEscapesMarkupAndKeepsTheWords() throws IOException {
        Path md = dir.resolve("report.md");
        ok("export", project, "--format", "md", "--out", md);

        String report = Files.readString(md);
        String unescaped = report.replaceAll("\\\\([\\\\`*_\\[\\]<>|~&#+\\-=.])", "$1");
        assertThat(report).doesNotContain("<script>").contains("\\<script\\>");
        assertThat(unescaped).contains("'); DROP TABLE tag;--", "50% of _all_ \\ and \\%", "# heading *star*");
    }

    @Test
    void searchTakesUserTextAsAPhraseNeverAsSyntax() {
        try (Project open = Project.open(project, Importers.standard()::read)) {
            List<String> queries = new ArrayList<>(HOSTILE);
            queries.addAll(List.of("\"", "\"unbalanced", "*", "NEAR(a b)", "AND", "OR NOT", "body:x", "^start", "-x",
                    "(", "a + b", "{col}"));
            for (String query : queries) {
                assertThatCode(() -> open.search().phrase(query, 5)).as(query).doesNotThrowAnyException();
            }

            assertThat(open.search().phrase("DROP TABLE tag", 5)).isNotEmpty().allMatch(hit -> hit.inNote());
            assertThat(open.search().phrase("Russia could be an", 5)).anyMatch(hit -> !hit.inNote());
            assertThat(open.search().phrase("Russia NEAR Ally", 5)).isEmpty();
        }
    }

    private static String tsv(String field) {
        return field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(file)).getRecords();
    }

    private static void collect(JsonNode node, List<String> values) {
        if (node.isTextual()) {
            values.add(node.textValue());
        }
        node.forEach(child -> collect(child, values));
    }

    private static Document parseQde(Path qdpx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(qdpx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("project.qde")) {
                    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                    factory.setNamespaceAware(true);
                    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes()));
                }
            }
        }
        throw new AssertionError("no project.qde in " + qdpx);
    }

    private static void collect(Node node, List<String> values) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            values.add(node.getNodeValue());
        }
        NamedNodeMap attributes = node.getAttributes();
        for (int i = 0; attributes != null && i < attributes.getLength(); i++) {
            values.add(((Attr) attributes.item(i)).getValue());
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collect(child, values);
        }
        if (node.getNodeType() == Node.ELEMENT_NODE && node.getFirstChild() != null) {
            values.add(node.getTextContent());
        }
    }
}
