package org.marginalia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.model.Annotation;
import org.marginalia.model.ExportFormat;
import org.marginalia.model.SearchHit;
import org.marginalia.model.SearchMatch;
import org.marginalia.model.Tag;
import org.marginalia.model.TextSpan;
import org.marginalia.model.WordDiff;
import org.marginalia.project.Project;

/** The workbench's view-model on the demo project, without a toolkit: the background worker runs inline. */
class WorkbenchViewModelTest {

    @TempDir
    Path dir;
    DemoWorkbench demo;
    Project project;
    FakeDialogs dialogs;
    WorkbenchViewModel vm;

    @BeforeEach
    void setUp() {
        demo = new DemoWorkbench(dir);
        project = demo.project;
        dialogs = demo.dialogs;
        vm = demo.vm;
    }

    @AfterEach
    void tearDown() {
        demo.close();
    }

    @Test
    void theDemoOpensWithBothSourcesSideBySide() {
        assertThat(vm.panes()).hasSize(2);
        assertThat(vm.panes()).extracting(p -> p.documentProperty().get().id())
                .containsExactlyElementsOf(vm.sources().stream().map(s -> s.document().id()).toList());
        assertThat(vm.panes().get(0).highlightsProperty().get().length())
                .isEqualTo(vm.panes().get(0).textProperty().get().length());
        assertThat(vm.countsProperty().get()).isEqualTo("2 sources · 9 passages · 3 links");
    }

    @Test
    void taggingASelectionStoresATrimmedPassageAndUndoRedoTakeItOutAndBack() {
        SourcePaneModel pane = vm.panes().get(1);
        String text = pane.textProperty().get();
        int start = text.indexOf("World News");
        pane.textSelectionProperty().set(new TextSpan(start - 1, start + "World News".length() + 1));
        assertThat(vm.passages().applyTagByKey(1, "2")).isTrue();

        Annotation created = vm.selectedProperty().get();
        assertThat(created.quote()).isEqualTo("World News");
        assertThat(project.passages().get(created.id()).tagIds()).containsExactly(tag("trust").id());
        assertThat(pane.passages()).contains(created);

        vm.undo();
        assertThat(project.passages().list()).extracting(Annotation::id).doesNotContain(created.id());
        assertThat(pane.passages()).doesNotContain(created);
        vm.redo();
        assertThat(project.passages().get(created.id()).quote()).isEqualTo("World News");
    }

    @Test
    void clickingAHighlightSelectsItsPassageAndAKeyThenTogglesTheTag() {
        SourcePaneModel pane = vm.panes().get(0);
        int offset = pane.textProperty().get().indexOf("Perhaps Russia could be an Ally") + 3;
        vm.clickAt(0, offset);
        Annotation ally = vm.selectedProperty().get();
        assertThat(ally.quote()).isEqualTo("Perhaps Russia could be an Ally");
        vm.passages().applyTagByKey(0, "2");
        assertThat(project.passages().get(ally.id()).tagIds()).contains(tag("trust").id());
        vm.undo();
        assertThat(project.passages().get(ally.id()).tagIds()).doesNotContain(tag("trust").id());
    }

    @Test
    void theTableFiltersByTagAndByText() {
        assertThat(vm.passageRows()).hasSize(9);
        vm.setFilter(Set.of(tag("1954 application").id()), "");
        assertThat(vm.passageRows()).hasSize(2).allSatisfy(r -> assertThat(r.tagNames()).contains("1954"));
        vm.setFilter(Set.of(), "honesty");
        assertThat(vm.passageRows()).singleElement()
                .satisfies(r -> assertThat(r.passage().quote()).contains("honesty"));
    }

    @Test
    void aNoteIsStoredAndItsEditCanBeUndone() {
        Annotation first = project.passages().list().get(1);
        vm.passages().saveNote(first.id(), "Check against the archive copy.");
        assertThat(project.passages().get(first.id()).note()).isEqualTo("Check against the archive copy.");
        vm.undo();
        assertThat(project.passages().get(first.id()).note()).isEqualTo(first.note());
    }

    @Test
    void aLinkedPairShowsTheWordDiffInTheComparison() {
        Annotation member = passage("Perhaps Russia could be a member (of NATO)");
        vm.showPassage(member);
        Comparison comparison = vm.comparisonProperty().get();
        assertThat(comparison).isNotNull();
        assertThat(comparison.diff().pieces()).anySatisfy(p -> {
            assertThat(p.change()).isEqualTo(WordDiff.Change.REMOVED);
            assertThat(p.text()).contains("Ally");
        });
        assertThat(comparison.diff().pieces()).anySatisfy(p -> {
            assertThat(p.change()).isEqualTo(WordDiff.Change.ADDED);
            assertThat(p.text()).contains("member");
        });
        assertThat(comparison.diff().summary()).isEqualTo("\"an Ally\" → \"a member (of NATO)\"");
    }

    @Test
    void linkingPassagesSelectedInTwoPanesAsksForTheRelation() {
        vm.selectPassage(1, passage("his country is European and multinational, just like the U.S."));
        vm.selectPassage(0, passage("There must be honesty in our relations."));
        int before = project.links().list().size();
        vm.passages().linkSelected();
        assertThat(project.links().list()).hasSize(before + 1);
        assertThat(vm.comparisonProperty().get().link().relation()).isEqualTo(dialogs.relation);
        vm.undo();
        assertThat(project.links().list()).hasSize(before);
    }

    @Test
    void deletingATagSaysHowManyPassagesItAffectsAndUndoBringsItBack() {
        Tag trust = tag("trust");
        vm.tagCommands().delete(trust);
        assertThat(dialogs.information).last().asString().contains("on 4 passages");
        assertThat(project.tags().list()).extracting(Tag::name).doesNotContain("trust");
        vm.undo();
        assertThat(project.tags().passageCounts().get(trust.id())).isEqualTo(4);
    }

    @Test
    void deletingAPassageTakesItsLinksAndUndoBringsBothBack() {
        Annotation member = passage("Perhaps Russia could be a member (of NATO)");
        vm.showPassage(member);
        int links = project.links().list().size();
        vm.passages().deleteSelected();
        assertThat(vm.selectedProperty().get()).isNull();
        assertThat(project.links().list()).hasSize(links - 1);
        assertThat(vm.comparisonProperty().get()).isNull();
        vm.undo();
        assertThat(project.passages().get(member.id()).quote()).isEqualTo(member.quote());
        assertThat(project.links().list()).hasSize(links);
    }

    @Test
    void renamingAndMergingTagsAreUndoable() {
        Tag trust = tag("trust");
        dialogs.text = "mutual trust";
        vm.tagCommands().rename(trust);
        assertThat(vm.tags()).extracting(t -> t.tag().name()).contains("mutual trust");
        vm.tagCommands().merge(tag("1954 application"), tag("NATO expansion"));
        assertThat(project.tags().passageCounts().get(tag("NATO expansion").id())).isEqualTo(4);
        vm.undo();
        assertThat(project.tags().passageCounts().get(tag("1954 application").id())).isEqualTo(2);
        assertThat(project.tags().passageCounts().get(tag("NATO expansion").id())).isEqualTo(2);
        vm.undo();
        assertThat(tag("trust").id()).isEqualTo(trust.id());
        vm.redo();
        assertThat(vm.history().undoLabelProperty().get()).isEqualTo("Undo Rename Tag");
    }

    @Test
    void importAndExportGoThroughTheDialogs() throws Exception {
        Path memo = Files.writeString(dir.resolve("memo.txt"), "A memo about an Ally.\n");
        Path broken = Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.7 nothing");
        dialogs.filesToImport = List.of(memo, broken);
        vm.sourceCommands().importWithDialog();
        assertThat(vm.sources()).hasSize(3);
        assertThat(dialogs.errors).singleElement().asString().contains("broken.pdf");
        vm.undo();
        assertThat(project.sources().list()).hasSize(2);

        dialogs.exportTarget = new ExportTarget(dir.resolve("out.csv"), ExportFormat.CSV);
        vm.sourceCommands().exportWithDialog();
        assertThat(Files.readString(dir.resolve("out.csv"))).contains("Perhaps Russia could be an Ally");
        assertThat(vm.noticeProperty().get()).contains("out.csv");
    }

    @Test
    void findInSourceStepsThroughMatchesAndSearchListsHits() {
        SourcePaneModel pane = vm.panes().get(0);
        pane.find("nato");
        int count = pane.matches().size();
        assertThat(count).isGreaterThan(2);
        assertThat(pane.findStatusProperty().get()).isEqualTo("1 of " + count);
        pane.step(false);
        assertThat(pane.findStatusProperty().get()).isEqualTo(count + " of " + count);

        vm.sourceCommands().search("could be an ally");
        assertThat(vm.sourceCommands().hits()).isNotEmpty();
        vm.sourceCommands().open(vm.sourceCommands().hits().get(0));
        assertThat(vm.panes().stream().anyMatch(p -> !p.matches().isEmpty())).isTrue();

        vm.sourceCommands().search("NATO");
        SearchHit many = vm.sourceCommands().hits().stream().filter(h -> h.count() > 2).findFirst().orElseThrow();
        assertThat(vm.sourceCommands().searchStatusProperty().get()).startsWith(vm.sourceCommands().hits().stream()
                .mapToInt(SearchHit::count).sum() + " matches in ");
        vm.sourceCommands().open(many, 2);
        SourcePaneModel opened = vm.panes().stream().filter(p -> p.documentProperty().get() != null
                && p.documentProperty().get().id() == many.documentId()).findFirst().orElseThrow();
        assertThat(opened.matches()).isEqualTo(many.matches().stream().map(SearchMatch::span).toList());
        assertThat(opened.findStatusProperty().get()).isEqualTo("3 of " + many.count());
    }

    private Tag tag(String name) {
        return project.tags().resolve(name);
    }

    private Annotation passage(String quote) {
        return project.passages().list().stream().filter(a -> a.quote().equals(quote)).findFirst().orElseThrow();
    }
}
