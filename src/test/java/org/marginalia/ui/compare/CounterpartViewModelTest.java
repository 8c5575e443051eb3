package org.marginalia.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.model.Annotation;
import org.marginalia.model.Link;
import org.marginalia.model.Relation;
import org.marginalia.model.TextSpan;
import org.marginalia.ui.SourcePaneModel;

/** "Find counterpart" on the demo project, without a toolkit. */
class CounterpartViewModelTest {

    @TempDir
    Path dir;
    ToolFixture fx;
    final List<TextSpan> revealed = new ArrayList<>();
    CounterpartViewModel model;

    @BeforeEach
    void setUp() {
        fx = new ToolFixture(dir);
        model = new CounterpartViewModel(fx.context, (doc, span) -> revealed.add(span));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private TextSpan select(int pane, String words) {
        SourcePaneModel p = fx.window.panes().get(pane);
        int start = p.textProperty().get().indexOf(words);
        TextSpan span = new TextSpan(start, start + words.length());
        p.textSelectionProperty().set(span);
        return span;
    }

    @Test
    void aSelectedParaphraseFindsItsSourceFirstAndShowsIt() {
        select(1, "Perhaps Russia could be a member (of NATO)");

        model.findFor(1);

        assertThat(model.originProperty().get().target()).isEqualTo(fx.commentary());
        assertThat(model.rows()).isNotEmpty().hasSizeLessThanOrEqualTo(CounterpartViewModel.TOP);
        CounterpartRow best = model.rows().get(0);
        assertThat(best.text()).contains("Perhaps Russia could be an Ally");
        assertThat(best.candidate().matchingWords()).contains("Russia");
        assertThat(revealed).containsExactly(best.candidate().span());
    }

    @Test
    void acceptingMarksBothEndsAndLinksThemWithTheChosenRelationAndUndoTakesItAllBack() {
        TextSpan selected = select(1, "Perhaps Russia could be a member (of NATO)");
        int passagesBefore = fx.project.passages().list().size();
        int linksBefore = fx.project.links().list().size();
        model.findFor(1);
        fx.dialogs.relation = Relation.QUOTES;

        model.accept(model.rows().get(0));

        assertThat(fx.dialogs.asked).singleElement().asString().startsWith("Perhaps Russia could be a member");
        List<Link> links = fx.project.links().list();
        assertThat(links).hasSize(linksBefore + 1);
        Link made = links.stream().filter(l -> l.relation() == Relation.QUOTES).reduce((a, b) -> b).orElseThrow();
        Annotation from = fx.project.passages().get(made.fromAnnotationId());
        Annotation to = fx.project.passages().get(made.toAnnotationId());
        assertThat(from.documentId()).isEqualTo(fx.report().id());
        assertThat(from.span()).isEqualTo(selected);
        assertThat(to.documentId()).isEqualTo(fx.commentary().id());
        assertThat(to.quote()).contains("Perhaps Russia could be an Ally");
        assertThat(fx.edits).singleElement().satisfies(e -> assertThat(e.label()).isEqualTo("Link Counterpart"));
        assertThat(fx.window.selectedProperty().get().id()).isEqualTo(from.id());
        assertThat(fx.window.comparisonProperty().get().diff().summary()).contains("\"an Ally\"");

        fx.edits.get(0).undo(fx.project);
        assertThat(fx.project.links().list()).hasSize(linksBefore);
        assertThat(fx.project.passages().list()).hasSize(passagesBefore);
        fx.edits.get(0).redo(fx.project);
        assertThat(fx.project.links().list()).hasSize(linksBefore + 1);
        assertThat(fx.project.passages().get(to.id()).quote()).isEqualTo(to.quote());
    }

    @Test
    void aSelectedPassageIsSearchedByItsQuoteAndCancellingTheRelationLinksNothing() {
        SourcePaneModel left = fx.window.panes().get(0);
        Annotation ally = left.passages().stream().filter(a -> a.quote().contains("Perhaps Russia could be an Ally"))
                .findFirst().orElseThrow();
        fx.window.selectPassage(0, ally);
        int links = fx.project.links().list().size();

        model.findFor(0);
        assertThat(model.originProperty().get().passage()).isEqualTo(ally);
        assertThat(model.rows().get(0).text()).contains("member (of NATO)");

        fx.dialogs.relation = null;
        model.accept(model.rows().get(0));
        assertThat(fx.project.links().list()).hasSize(links);
        assertThat(fx.edits).isEmpty();
    }

    @Test
    void withNothingSelectedTheUserIsToldWhatToDo() {
        fx.window.panes().get(0).textSelectionProperty().set(null);
        model.findFor(0);
        assertThat(fx.dialogs.information).singleElement().asString().contains("Select a passage");
        assertThat(model.rows()).isEmpty();
    }
}
