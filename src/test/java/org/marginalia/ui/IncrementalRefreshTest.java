package org.marginalia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.model.Annotation;
import org.marginalia.model.Tag;
import org.marginalia.model.TextSpan;
import org.marginalia.project.Project;

/**
 * After tagging, noting or deleting a passage the window changes only the rows and counts that passage touches (at
 * 200,000 passages reading everything again costs a second), and what it then shows is exactly what reading the whole
 * project would show; undo and redo do the same.
 */
class IncrementalRefreshTest {

    @TempDir
    Path dir;
    DemoWorkbench demo;
    Project project;
    WorkbenchViewModel vm;
    final List<String> changes = new ArrayList<>();

    @BeforeEach
    void setUp() {
        demo = new DemoWorkbench(dir);
        project = demo.project;
        vm = demo.vm;
        watch("rows", vm.passageRows());
        watch("sources", vm.sources());
        watch("tags", vm.tags());
    }

    @AfterEach
    void tearDown() {
        demo.close();
    }

    @Test
    void markingASelectionWithATagAddsOneRowAndMovesTwoCountsAndUndoTakesThemBack() {
        Tag trust = project.tags().resolve("trust");
        SourcePaneModel pane = vm.panes().get(1);
        long source = pane.documentProperty().get().id();
        int rows = vm.passageRows().size();
        int sourceCount = sourceCount(source);
        int trustCount = tagCount(trust.id());
        int start = pane.textProperty().get().indexOf("World News");
        pane.textSelectionProperty().set(new TextSpan(start, start + "World News".length()));

        assertThat(vm.passages().applyTagByKey(1, trust.shortcutKey())).isTrue();

        Annotation created = vm.selectedProperty().get();
        assertThat(vm.passageRows()).hasSize(rows + 1);
        assertThat(vm.passageRows().get(rows).passage().id()).isEqualTo(created.id());
        assertThat(vm.passageRows().get(rows).tagNames()).isEqualTo("trust");
        assertThat(sourceCount(source)).isEqualTo(sourceCount + 1);
        assertThat(tagCount(trust.id())).isEqualTo(trustCount + 1);
        assertThat(vm.countsProperty().get()).isEqualTo("2 sources · 10 passages · 3 links");
        assertThat(pane.passages()).contains(created);
        assertThat(changes).containsExactlyInAnyOrder("rows +1 -0", "sources +1 -1", "tags +1 -1");
        assertShowsWhatAWholeReadShows();

        changes.clear();
        vm.undo();
        assertThat(vm.passageRows()).hasSize(rows);
        assertThat(sourceCount(source)).isEqualTo(sourceCount);
        assertThat(tagCount(trust.id())).isEqualTo(trustCount);
        assertThat(vm.countsProperty().get()).isEqualTo("2 sources · 9 passages · 3 links");
        assertThat(pane.passages()).extracting(Annotation::id).doesNotContain(created.id());
        assertThat(changes).containsExactlyInAnyOrder("rows +0 -1", "sources +1 -1", "tags +1 -1");
        assertShowsWhatAWholeReadShows();

        vm.redo();
        assertThat(vm.passageById(created.id()).quote()).isEqualTo("World News");
        assertShowsWhatAWholeReadShows();
    }

    @Test
    void togglingATagReplacesTheOneRowAndUndoPutsItBack() {
        Tag trust = project.tags().resolve("trust");
        SourcePaneModel pane = vm.panes().get(0);
        vm.clickAt(0, pane.textProperty().get().indexOf("Perhaps Russia could be an Ally") + 3);
        Annotation ally = vm.selectedProperty().get();
        int trustCount = tagCount(trust.id());

        vm.passages().applyTagByKey(0, trust.shortcutKey());

        assertThat(row(ally.id()).tagNames()).contains("trust");
        assertThat(tagCount(trust.id())).isEqualTo(trustCount + 1);
        assertThat(vm.selectedProperty().get().tagIds()).contains(trust.id());
        assertThat(changes).containsExactlyInAnyOrder("rows +1 -1", "tags +1 -1");
        assertShowsWhatAWholeReadShows();

        vm.undo();
        assertThat(row(ally.id()).tagNames()).doesNotContain("trust");
        assertThat(tagCount(trust.id())).isEqualTo(trustCount);
        assertShowsWhatAWholeReadShows();
    }

    @Test
    void deletingALinkedPassageDropsItsRowAndLinkAndUndoBringsThemBack() {
        Annotation member = vm.passageRows().stream().map(PassageRow::passage)
                .filter(a -> a.quote().equals("Perhaps Russia could be a member (of NATO)")).findFirst().orElseThrow();
        vm.showPassage(member);
        changes.clear();

        vm.passages().deleteSelected();

        assertThat(vm.passageById(member.id())).isNull();
        assertThat(vm.countsProperty().get()).isEqualTo("2 sources · 8 passages · 2 links");
        assertThat(changes).contains("rows +0 -1").allMatch(c -> c.endsWith("-1") || c.endsWith("-0"));
        assertShowsWhatAWholeReadShows();

        vm.undo();
        assertThat(vm.passageById(member.id())).isEqualTo(member);
        assertThat(vm.countsProperty().get()).isEqualTo("2 sources · 9 passages · 3 links");
        assertShowsWhatAWholeReadShows();
    }

    @Test
    void aNoteChangesItsRowAlone() {
        Annotation first = vm.passageRows().get(0).passage();
        vm.passages().saveNote(first.id(), "Check against the archive copy.");
        assertThat(vm.passageRows().get(0).passage().note()).isEqualTo("Check against the archive copy.");
        assertThat(changes).containsExactly("rows +1 -1");
        vm.undo();
        assertThat(vm.passageRows().get(0).passage().note()).isEqualTo(first.note());
        assertShowsWhatAWholeReadShows();
    }

    /** The rows, counts and links the window shows are those a whole read of the project gives. */
    private void assertShowsWhatAWholeReadShows() {
        ProjectState whole = ProjectState.read(project);
        assertThat(vm.passageRows()).containsExactlyElementsOf(whole.rows());
        assertThat(vm.sources()).containsExactlyElementsOf(whole.sourceItems());
        assertThat(vm.tags()).containsExactlyElementsOf(whole.tagItems());
        assertThat(vm.links()).containsExactlyElementsOf(whole.links());
        assertThat(vm.countsProperty().get()).isEqualTo(whole.counts());
        for (SourcePaneModel pane : vm.panes()) {
            long shown = pane.documentProperty().get().id();
            assertThat(pane.passages()).containsExactlyElementsOf(
                    whole.passages().stream().filter(a -> a.documentId() == shown).toList());
        }
    }

    /** Records each change to a list as "name +added -removed", so a whole reload (+9 -9) would show. */
    private <T> void watch(String name, ObservableList<T> list) {
        list.addListener((ListChangeListener<T>) c -> {
            while (c.next()) {
                changes.add(name + " +" + c.getAddedSize() + " -" + c.getRemovedSize());
            }
        });
    }

    private PassageRow row(long passageId) {
        return vm.passageRows().stream().filter(r -> r.passage().id() == passageId).findFirst().orElseThrow();
    }

    private int sourceCount(long id) {
        return vm.sources().stream().filter(s -> s.document().id() == id).findFirst().orElseThrow().passages();
    }

    private int tagCount(long id) {
        return vm.tags().stream().filter(t -> t.tag().id() == id).findFirst().orElseThrow().passages();
    }
}
