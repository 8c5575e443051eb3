package org.marginalia.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.Importers;
import org.marginalia.project.Project;

/** Importing a source never reaches the network, whatever the file points at. */
class NoNetworkTest {

    @TempDir
    Path dir;

    @Test
    void theTripwireNoticesSocketsAndUrlConnections() throws IOException {
        try (NetworkTripwire tripwire = new NetworkTripwire()) {
            try (Socket socket = new Socket()) {
                socket.connect(tripwire.localAddress(), 1000);
            }
            URLConnection connection = URI.create(tripwire.localUrl("/x")).toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(200);
            try {
                connection.getInputStream().close();
            } catch (IOException expected) {
                // No HTTP answer: the connection was still made.
            }

            assertThat(tripwire.attempts()).extracting(URI::getScheme).contains("socket", "http");
            assertThat(tripwire.serverWasCalled()).isTrue();
        }
    }

    @Test
    void aWebPageWithRemoteScriptsFramesAndPicturesImportsWithoutAConnection() throws IOException {
        try (NetworkTripwire tripwire = new NetworkTripwire();
             Project project = Project.create(dir.resolve("p.marginalia"), Importers.standard()::read)) {
            String html = "<!DOCTYPE html><html><head>"
                    + "<meta http-equiv='refresh' content='0; url=" + tripwire.localUrl("/refresh") + "'>"
                    + "<base href='" + tripwire.localUrl("/") + "'>"
                    + "<link rel='stylesheet' href='" + tripwire.localUrl("/s.css") + "'>"
                    + "<link rel='preload' href='https://cdn.example/font.woff2'>"
                    + "<script src='" + tripwire.localUrl("/a.js") + "'></script>"
                    + "<script>fetch('" + tripwire.localUrl("/fetch") + "')</script>"
                    + "<style>@import url('" + tripwire.localUrl("/i.css") + "'); body{background:url(b.png)}</style>"
                    + "</head><body onload=\"new Image().src='" + tripwire.localUrl("/beacon") + "'\">"
                    + "<p>Perhaps Russia could be an <img src='" + tripwire.localUrl("/ally.jpg")
                    + "' srcset='https://img.example/a.jpg 2x'>Ally</p>"
                    + "<iframe src='" + tripwire.localUrl("/frame") + "'></iframe>"
                    + "<object data='" + tripwire.localUrl("/o.swf") + "'></object>"
                    + "<video poster='" + tripwire.localUrl("/p.jpg") + "'></video>"
                    + "<svg><image href='" + tripwire.localUrl("/s.svg") + "'/></svg>"
                    + "</body></html>";
            Path page = Files.writeString(dir.resolve("remote.html"), html);

            long id = project.sources().importFile(page).document().id();

            assertThat(project.sources().text(id)).isEqualTo("Perhaps Russia could be an Ally");
            assertThat(tripwire.attempts()).isEmpty();
            assertThat(tripwire.serverWasCalled()).isFalse();
        }
    }

    @Test
    void aPdfWithALinkAndAMarkdownFileWithARemotePictureImportWithoutAConnection() throws IOException {
        try (NetworkTripwire tripwire = new NetworkTripwire();
             Project project = Project.create(dir.resolve("p.marginalia"), Importers.standard()::read)) {
            Path pdf = Files.write(dir.resolve("linked.pdf"), pdfWithLink(tripwire.localUrl("/memo")));
            Path markdown = Files.writeString(dir.resolve("notes.md"), "# Notes\n\n![map]("
                    + tripwire.localUrl("/m.png")
                    + ")\n\n[source](" + tripwire.localUrl("/s") + ")\n", StandardCharsets.UTF_8);

            project.sources().importFile(pdf);
            project.sources().importFile(markdown);

            assertThat(project.sources().list()).hasSize(2);
            assertThat(tripwire.attempts()).isEmpty();
            assertThat(tripwire.serverWasCalled()).isFalse();
        }
    }

    private static byte[] pdfWithLink(String url) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("See the memorandum online");
                content.endText();
            }
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(72, 690, 200, 20));
            PDActionURI action = new PDActionURI();
            action.setURI(url);
            link.setAction(action);
            page.getAnnotations().add(link);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
