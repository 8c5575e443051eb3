package org.marginalia.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.marginalia.importer.ImportException.Reason;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.SourceMetadata;
import org.marginalia.model.SourceType;

class HtmlImporterTest {

    private final HtmlImporter importer = new HtmlImporter();

    @Test
    void paragraphsAreSeparatedByABlankLineAndWhiteSpaceInsideIsCollapsed() {
        String html = """
                <html><body>
                <h1>Summit   in
                   Ljubljana</h1>
                <p>Putin said <em>Russia</em>  could be
                an <b>ally</b>.</p>
                <p>Line one<br>Line two</p>
                <ul><li>first</li><li>second</li></ul>
                </body></html>""";

        ImportedSource source = importer.read("page.html", utf8(html));

        assertThat(source.type()).isEqualTo(SourceType.HTML);
        assertThat(source.text()).isEqualTo("Summit in Ljubljana\n\nPutin said Russia could be an ally.\n\n"
                + "Line one\nLine two\n\nfirst\n\nsecond");
    }

    @Test
    void preformattedTextKeepsItsLayout() {
        String html = "<body><p>Table:</p><pre>a   b\n  c</pre></body>";

        assertThat(importer.read("pre.html", utf8(html)).text()).isEqualTo("Table:\n\na   b\n  c");
    }

    @Test
    void scriptsFramesFormsAndNavigationLeaveNoText() {
        String html = """
                <!DOCTYPE html><html><head><title>T</title><style>p { color: red }</style>
                <script>document.write('INJECTED')</script></head><body>
                <header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
                <p>The article text.</p>
                <script>var tracker = 'SCRIPTED';</script><noscript>Enable JavaScript</noscript>
                <iframe src="https://ads.example/frame">FRAMED</iframe>
                <form><input value="Search"><button>Go</button></form>
                <aside>Related stories</aside><footer>Copyright</footer>
                </body></html>""";

        ImportedSource source = importer.read("page.html", utf8(html));

        assertThat(source.text()).isEqualTo("The article text.");
    }

    @Test
    void nothingThePageRefersToIsFetched() throws IOException {
        try (ServerSocket server = new ServerSocket(0)) {
            String base = "http://127.0.0.1:" + server.getLocalPort();
            String html = "<!DOCTYPE html><html><head><link rel=stylesheet href='" + base + "/s.css'>"
                    + "<script src='" + base + "/a.js'></script></head><body><p>Text <img src='" + base
                    + "/photo.jpg' alt='photo'> here</p><iframe src='" + base + "/frame'></iframe></body></html>";

            ImportedSource source = importer.read("remote.html", utf8(html));

            assertThat(source.text()).isEqualTo("Text here");
            server.setSoTimeout(200);
            assertThatThrownBy(server::accept).as("a connection to the page's resources")
                    .isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void theArticleIsPreferredToTheRestOfThePage() {
        String html = """
                <body><div class="promo">Subscribe now!</div>
                <article><p>Teaser</p></article>
                <article><header><h1>Headline</h1><p class="byline">By Jane Doe</p></header>
                <p>The long article body that readers came for.</p></article>
                <div>Comments (12)</div></body>""";

        ImportedSource source = importer.read("a.html", utf8(html));

        assertThat(source.text()).isEqualTo("Headline\n\nBy Jane Doe\n\nThe long article body that readers came for.");
        assertThat(source.metadata().author()).isEqualTo("Jane Doe");
    }

    @Test
    void mainIsUsedWhenThereIsNoArticle() {
        String html = "<body><div>Site banner</div><main><p>Main text.</p></main></body>";

        assertThat(importer.read("m.html", utf8(html)).text()).isEqualTo("Main text.");
    }

    @Test
    void metadataComesFromThePagesOwnTags() {
        String html = """
                <html><head>
                <title>Putin asked to join NATO | World News</title>
                <meta property="og:title" content="Putin asked to join NATO">
                <meta name="author" content="Deutsche Welle staff">
                <meta property="og:site_name" content="Deutsche Welle">
                <meta property="article:published_time" content="2025-12-24T09:30:00+01:00">
                <link rel="canonical" href="https://www.dw.com/en/putin-nato/a-1">
                </head><body><p>Text.</p></body></html>""";

        SourceMetadata metadata = importer.read("dw.html", utf8(html)).metadata();

        assertThat(metadata.title()).isEqualTo("Putin asked to join NATO");
        assertThat(metadata.author()).isEqualTo("Deutsche Welle staff");
        assertThat(metadata.publisher()).isEqualTo("Deutsche Welle");
        assertThat(metadata.date()).isEqualTo("2025-12-24");
        assertThat(metadata.url()).isEqualTo("https://www.dw.com/en/putin-nato/a-1");
    }

    @Test
    void metadataFallsBackToTitleBylineTimeAndOgUrl() {
        String html = """
                <html><head><title>The summit</title>
                <meta property="og:url" content="https://example.org/summit">
                <meta property="article:author" content="https://facebook.com/someone"></head>
                <body><span rel="author">by Ann Smith</span><time datetime="2001-06-16">June 16</time>
                <p>Text.</p></body></html>""";

        SourceMetadata metadata = importer.read("s.html", utf8(html)).metadata();

        assertThat(metadata.title()).isEqualTo("The summit");
        assertThat(metadata.author()).isEqualTo("Ann Smith");
        assertThat(metadata.date()).isEqualTo("2001-06-16");
        assertThat(metadata.url()).isEqualTo("https://example.org/summit");
    }

    @Test
    void withoutTitleTagsTheHeadingOrFileNameIsTheTitle() {
        assertThat(importer.read("x.html", utf8("<body><h1>Heading</h1><p>t</p></body>")).metadata().title())
                .isEqualTo("Heading");
        assertThat(importer.read("saved page.htm", utf8("<body><p>t</p></body>")).metadata().title())
                .isEqualTo("saved page");
    }

    @Test
    void theCharsetOfAMetaTagIsHonoured() {
        String html = "<html><head><meta charset=\"windows-1252\"></head>"
                + "<body><p>Café “quoted” – Straße</p></body></html>";

        assertThat(importer.read("cp.html", html.getBytes(Charset.forName("windows-1252"))).text())
                .isEqualTo("Café “quoted” – Straße");
    }

    @Test
    void withoutACharsetUtf8IsAssumedAndAByteOrderMarkIsDropped() {
        byte[] bytes = utf8("\uFEFF<p>Ærø 𝔘 e\u0301</p>");

        assertThat(importer.read("u.html", bytes).text()).isEqualTo("Ærø 𝔘 e\u0301");
    }

    @Test
    void aPageWithoutReadableTextIsEmpty() {
        assertThatThrownBy(() -> importer.read("app.html", utf8("<html><body><script>app()</script></body></html>")))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY))
                .hasMessageContaining("app.html");
    }

    @Test
    void htmlIsRecognisedByItsFirstTag() {
        assertThat(importer.sniff(utf8("\uFEFF  <!-- saved --> <!DOCTYPE HTML><html>"))).isTrue();
        assertThat(importer.sniff(utf8("<?xml version=\"1.0\"?>\n<html xmlns=\"x\">"))).isTrue();
        assertThat(importer.sniff(utf8("Notes about the <html> tag"))).isFalse();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
