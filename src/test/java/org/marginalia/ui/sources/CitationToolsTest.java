package org.marginalia.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.model.Annotation;
import org.marginalia.model.CitationDetails;
import org.marginalia.model.CitationStyle;
import org.marginalia.ui.compare.ToolFixture;

/** The citation style preference, metadata warnings and "Open in Zotero", on the demo project without a toolkit. */
class CitationToolsTest {

    @TempDir
    Path dir;
    ToolFixture fx;
    Preferences prefs;

    @BeforeEach
    void setUp() {
        fx = new ToolFixture(dir);
        prefs = Preferences.userRoot().node("org/marginalia/test/citation-tools-" + System.nanoTime());
    }

    @AfterEach
    void tearDown() throws Exception {
        prefs.removeNode();
        fx.close();
    }

    private SourceTools tools() {
        return new SourceTools(fx.context, new CitationStylePreference(prefs));
    }

    private List<String> copyAllyCitation(SourceTools tools) {
        Annotation ally = fx.project.passages().forDocument(fx.commentary().id()).stream()
                .filter(a -> a.quote().equals(SourceToolsTest.ALLY)).findFirst().orElseThrow();
        fx.window.selectPassage(0, ally);
        List<String> copied = new ArrayList<>();
        tools.setClipboard(copied::add);
        tools.copyCitation();
        return copied;
    }

    @Test
    void theChosenStyleIsUsedByCopyCitationAndRememberedForTheNextWindow() {
        SourceTools tools = tools();
        tools.citationStyles().choose(CitationStyle.APA);

        assertThat(copyAllyCitation(tools)).singleElement().asString().startsWith("(Declassified Putin-Bush")
                .endsWith(", 2025)");
        assertThat(new CitationStylePreference(prefs).style()).isEqualTo(CitationStyle.APA);
        assertThat(fx.dialogs.errors).isEmpty();
    }

    @Test
    void aBrokenStyleFileIsReportedAndTheStyleStaysAsItWas() throws Exception {
        Path broken = dir.resolve("mine.csl");
        Files.writeString(broken, "<html>not a style</html>", StandardCharsets.UTF_8);
        SourceTools tools = tools();

        tools.citationStyles().choose(CitationStyle.userFile(broken));

        assertThat(fx.dialogs.errors).singleElement().asString().contains("mine.csl", "not a CSL style");
        assertThat(tools.citationStyles().chosenProperty().get()).isEqualTo(CitationStyle.CHICAGO_NOTES);
        assertThat(copyAllyCitation(tools)).singleElement().asString().startsWith("\u201CDeclassified Putin-Bush");
    }

    @Test
    void sourceDetailsWarnAboutADateThatIsNotIsoAndWhatACitationWouldLack() {
        SourceMetadataViewModel model = new SourceMetadataViewModel(fx.context);
        model.load(fx.report().id());
        assertThat(model.warningsProperty().get()).isEmpty();

        // The demo's report has its byline and date; without them its citation would be incomplete.
        model.field("author").set("");
        model.field("date").set("");
        assertThat(model.warningsProperty().get()).isEqualTo("A citation would lack its author, date");

        model.field("date").set("13/11/2001");
        assertThat(model.warningsProperty().get()).contains("'13/11/2001' is not an ISO date")
                .contains("A citation would lack its author");

        model.field("date").set("2001-11-13");
        model.field("author").set("Thomas Blanton");
        assertThat(model.warningsProperty().get()).isEmpty();
    }

    @Test
    void openInZoteroSelectsTheItemOfASourceFromZoteroAndExplainsOtherwise() {
        SourceTools tools = tools();
        List<String> opened = new ArrayList<>();
        tools.setLinkOpener(opened::add);
        fx.activePane = 0;

        tools.openInZotero();
        assertThat(opened).isEmpty();
        assertThat(fx.dialogs.information).singleElement().asString().contains("not imported from Zotero");

        fx.project.citations().updateDetails(fx.commentary().id(),
                CitationDetails.ofType("webpage", "").withZotero("groups/42", "ABCD2345", ""));
        tools.openInZotero();
        assertThat(opened).containsExactly("zotero://select/groups/42/items/ABCD2345");
        assertThat(fx.dialogs.errors).isEmpty();
    }
}
