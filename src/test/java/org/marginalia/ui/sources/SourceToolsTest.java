package org.marginalia.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.model.Annotation;
import org.marginalia.model.SourceMetadata;
import org.marginalia.model.TextSpan;
import org.marginalia.project.ReviewItem;
import org.marginalia.ui.compare.ToolFixture;

/** Source details, citations and the review queue on the demo project, without a toolkit. */
class SourceToolsTest {

    static final String ALLY = "Perhaps Russia could be an Ally";
    static final String DIRE = "Only dire need could make us allied with others.";

    @TempDir
    Path dir;
    ToolFixture fx;

    @BeforeEach
    void setUp() {
        fx = new ToolFixture(dir);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void theFormsLabelsComeInTheOrderOfTheFields() {
        assertThat(SourceMetadataViewModel.LABELS.keySet()).containsExactlyElementsOf(SourceMetadata.KEYS);
    }

    @Test
    void editingTheDetailsSavesThemAsOneUndoableChangeAndTheCitationUsesThem() {
        SourceMetadataViewModel model = new SourceMetadataViewModel(fx.context);
        long report = fx.report().id();
        model.load(report);
        assertThat(model.field("publisher").get()).isEqualTo("BB.LV");
        assertThat(model.changedProperty().get()).isFalse();

        model.field("author").set("Anna Petrova");
        model.field("date").set("2021-12-25");
        model.field("url").set("https://bb.lv/statja/putin-bush");
        assertThat(model.changedProperty().get()).isTrue();
        model.save(() -> { });

        assertThat(fx.project.sources().get(report).metadata().author()).isEqualTo("Anna Petrova");
        assertThat(model.changedProperty().get()).isFalse();
        Annotation member = fx.project.passages().forDocument(report).stream()
                .filter(a -> a.quote().contains("member (of NATO)")).findFirst().orElseThrow();
        fx.window.selectPassage(1, member);
        SourceTools tools = new SourceTools(fx.context);
        List<String> copied = new ArrayList<>();
        tools.setClipboard(copied::add);
        tools.copyCitation();
        // Chicago notes (CSL): the title in headline case, the ISO date spelled out.
        assertThat(copied).containsExactly("Anna Petrova, “The U.S. Declassified Conversation between Putin and Bush"
                + " About NATO in 2001,” BB.LV, December 25, 2021, citing Deutsche Welle,"
                + " https://bb.lv/statja/putin-bush.");

        fx.edits.get(0).undo(fx.project);
        assertThat(fx.project.sources().get(report).metadata().author()).isEqualTo("BB.LV editorial staff");
        fx.edits.get(0).redo(fx.project);
        assertThat(fx.project.sources().get(report).metadata().date()).isEqualTo("2021-12-25");
    }

    @Test
    void aSourceWithoutATitleIsRefusedAndNothingIsSaved() {
        SourceMetadataViewModel model = new SourceMetadataViewModel(fx.context);
        model.load(fx.commentary().id());
        model.field("title").set("  ");
        model.save(() -> { });
        assertThat(fx.dialogs.errors).singleElement().asString().contains("needs a title");
        assertThat(fx.project.sources().get(fx.commentary().id()).title()).startsWith("Declassified");
        assertThat(fx.edits).isEmpty();
    }

    @Test
    void copyingACitationWithNoPassageSelectedSaysWhatToDo() {
        SourceTools tools = new SourceTools(fx.context);
        List<String> copied = new ArrayList<>();
        tools.setClipboard(copied::add);
        tools.copyCitation();
        assertThat(copied).isEmpty();
        assertThat(fx.window.noticeProperty().get()).contains("select a passage first");
        assertThat(fx.dialogs.information).isEmpty();
    }

    @Test
    void theReviewQueueListsDoubtfulPassagesAndAcceptOrKeepSettlesThem() throws Exception {
        long commentary = fx.commentary().id();
        Annotation dire = fx.project.passages().annotate(String.valueOf(commentary), DIRE, 0, List.of(), "");
        Annotation ally = fx.project.passages().forDocument(commentary).stream()
                .filter(a -> a.quote().equals(ALLY)).findFirst().orElseThrow();
        String rewritten = "Only in dire need might we ally ourselves with others.";
        String changed = fx.project.sources().text(commentary).replace(DIRE, rewritten)
                .replace(ALLY, "Russia might be an Ally");
        fx.project.reanchor().reimport(commentary, Files.writeString(dir.resolve("v2.txt"), changed,
                StandardCharsets.UTF_8));
        List<TextSpan> revealed = new ArrayList<>();
        ReviewQueueViewModel model = new ReviewQueueViewModel(fx.context, (doc, span) -> revealed.add(span));

        model.load();
        assertThat(model.items()).extracting(i -> i.passage().id()).contains(dire.id(), ally.id());
        assertThat(model.summaryProperty().get()).contains("wait for review");
        ReviewItem direItem = model.items().stream().filter(i -> i.passage().id() == dire.id()).findFirst()
                .orElseThrow();
        model.choose(direItem);
        assertThat(revealed).containsExactly(direItem.flag().candidate());

        int before = model.items().size();
        model.acceptCandidate(direItem);
        assertThat(fx.project.passages().get(dire.id()).quote()).isEqualTo(direItem.candidateText());
        assertThat(model.items()).hasSize(before - 1);
        ReviewItem allyItem = model.items().stream().filter(i -> i.passage().id() == ally.id()).findFirst()
                .orElseThrow();
        model.keepHere(allyItem);
        assertThat(fx.project.passages().reviewFlag(ally.id())).isEmpty();
        assertThat(model.items()).noneMatch(i -> i.passage().id() == ally.id());
        assertThat(fx.refreshes).isEqualTo(2);
    }
}
