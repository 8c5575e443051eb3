package org.marginalia.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.collections.ListChangeListener;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marginalia.ui.analysis.Adoption;
import org.marginalia.ui.analysis.AnalysisView;
import org.marginalia.ui.analysis.AnalysisViewModel;
import org.marginalia.ui.compare.CompareTools;
import org.marginalia.ui.compare.ToolContext;
import org.marginalia.ui.compare.WindowPanes;
import org.marginalia.ui.notes.NotesTools;
import org.marginalia.ui.notes.NotesViewModel;
import org.marginalia.ui.sources.ProjectImportAction;
import org.marginalia.ui.sources.SourceTools;
import org.marginalia.ui.sources.ZoteroImportAction;

/** The main window's content: menus, the library on the left, panes in the middle, inspector and table right. */
final class MainWindow {

    private final WorkbenchViewModel vm;
    private final Session session;
    private final Background background;
    private final WindowState state;
    private final BooleanProperty dark;
    private final DoubleProperty fontSize;
    private final PanesView panes;
    private final SearchView search;
    private final SecondCoderLayer secondCoder;
    private final TabPane library = new TabPane();
    private CompareTools compareTools;
    private SourceTools sourceTools;
    private NotesTools notesTools;
    private ProjectImportAction projectImport;
    private ZoteroImportAction zoteroImport;
    private SplitPane main;
    private BorderPane centre;
    private BooleanProperty stripShown;
    private Sidebars sidebars;
    private MenuBar menuBar;
    private SplitPane right;
    private SplitPane left;

    MainWindow(WorkbenchViewModel vm, Session session, Background background, WindowState state,
            BooleanProperty dark) {
        this.vm = vm;
        this.session = session;
        this.background = background;
        this.state = state;
        this.dark = dark;
        this.fontSize = new SimpleDoubleProperty(state.fontSize());
        this.panes = new PanesView(vm, fontSize, state);
        this.search = new SearchView(vm);
        this.secondCoder = new SecondCoderLayer(vm.panes());
    }

    BorderPane createView() {
        ToolContext tools = new ToolContext(vm.project(), vm, background, vm.dialogs(), vm::recorded, vm::refresh,
                vm::activePane);
        compareTools = new CompareTools(tools);
        panes.followAlignment(compareTools.align()::pairsBetween);
        sourceTools = new SourceTools(tools);
        notesTools = new NotesTools(tools);
        projectImport = new ProjectImportAction(tools);
        zoteroImport = new ZoteroImportAction(tools);
        left = new SplitPane(titled("Sources", new SourcesView(vm).createView()),
                titled("Tags", new TagsView(vm).createView()));
        left.setOrientation(Orientation.VERTICAL);
        Tab libraryTab = new Tab("Library", left);
        Tab searchTab = LazyTab.of("Search", search::createView);
        searchTab.setId("search-tab");
        library.getTabs().addAll(libraryTab, searchTab);
        library.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        library.setId("library");
        library.setAccessibleText("Library: sources, tags and search");

        stripShown = new SimpleBooleanProperty(state.shown("strip"));
        stripShown.addListener((o, a, shown) -> state.saveShown("strip", shown));
        centre = new BorderPane(new StackPane(panes.createView(), compareTools.alignOverlay()),
                null, null, new ComparisonStrip(vm, stripShown).createView(), null);
        centre.setMinWidth(Sidebars.MIN_PANE);
        Tab passageTab = new Tab("Passage", new InspectorView(vm).createView());
        TabPane inspectorTabs = new TabPane(passageTab, compareTools.quotesTab(), compareTools.counterpartsTab(),
                compareTools.alignmentTab(), sourceTools.reviewTab(), notesTools.notesTab());
        inspectorTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        inspectorTabs.setId("inspector-tabs");
        inspectorTabs.setAccessibleText("Inspector: the current passage, quotes, counterparts, review");
        right = new SplitPane(inspectorTabs, new PassagesTableView(vm).createView());
        right.setOrientation(Orientation.VERTICAL);
        main = new SplitPane(library, centre, right);
        main.setId("main-split");
        SplitPane.setResizableWithParent(library, false);
        SplitPane.setResizableWithParent(right, false);
        main.setDividerPositions(state.dividers("main", 0.17, 0.69));
        sidebars = new Sidebars(main, library, centre, right, () -> vm.panes().size(), state);
        if (!state.hasDividers("main")) {
            sidebars.sizeOnFirstLayout();
        }
        vm.panes().addListener((ListChangeListener<SourcePaneModel>) c -> sidebars.relayout());
        right.setDividerPositions(state.dividers("right", 0.42));
        left.setDividerPositions(state.dividers("left", 0.45));

        BorderPane root = new BorderPane(main);
        menuBar = menuBar();
        root.setTop(SidebarButtons.around(menuBar, sidebars));
        root.setBottom(new StatusBar(vm, background).createView());
        root.getStyleClass().add("workbench");
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        root.setOnDragDropped(e -> {
            if (e.getDragboard().hasFiles()) {
                vm.sourceCommands().importFiles(
                        e.getDragboard().getFiles().stream().map(File::toPath).toList());
                e.setDropCompleted(true);
                e.consume();
            }
        });
        return root;
    }

    private static Node titled(String title, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        VBox box = new VBox(6, heading, content);
        box.getStyleClass().add("library-section");
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }

    private MenuBar menuBar() {
        Menu file = new Menu("_File", null,
                item("New Project…", "Shortcut+N", Feather.FILE_PLUS, session::newProject),
                item("Open…", "Shortcut+O", Feather.FOLDER, session::openProject),
                recentMenu(),
                new SeparatorMenuItem(),
                item("Import Sources…", "Shortcut+I", Feather.DOWNLOAD, vm.sourceCommands()::importWithDialog),
                item("Import Project (.qdpx)…", null, Feather.PACKAGE, projectImport::run),
                item("Import from Zotero…", null, Feather.BOOK_OPEN, zoteroImport::run),
                item("Export…", "Shortcut+E", Feather.UPLOAD, vm.sourceCommands()::exportWithDialog),
                new SeparatorMenuItem(),
                item("Close", "Shortcut+W", null, session::closeProject),
                item("Quit", "Shortcut+Q", null, session::quit));
        MenuItem undo = item("Undo", "Shortcut+Z", Feather.CORNER_UP_LEFT, vm::undo);
        undo.textProperty().bind(vm.history().undoLabelProperty());
        undo.disableProperty().bind(vm.history().canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", Feather.CORNER_UP_RIGHT, vm::redo);
        redo.textProperty().bind(vm.history().redoLabelProperty());
        redo.disableProperty().bind(vm.history().canRedoProperty().not());
        MenuItem redoAlt = item("Redo (Ctrl+Y)", "Shortcut+Y", null, vm::redo);
        redoAlt.setVisible(false);
        MenuItem delete = item("Delete Passage", "Delete", Feather.TRASH_2, () -> {
            if (!(main.getScene().getFocusOwner() instanceof TextInputControl)) {
                vm.passages().deleteSelected();
            }
        });
        delete.disableProperty().bind(vm.selectedProperty().isNull());
        Menu edit = new Menu("_Edit", null, undo, redo, redoAlt, new SeparatorMenuItem(),
                item("Find in Source", "Shortcut+F", Feather.SEARCH, () -> panes.active().showFind()),
                item("Search All Sources", "Shortcut+Shift+F", Feather.SEARCH, this::showSearch),
                new SeparatorMenuItem(),
                item("Mark Passage (Enter)", null, Feather.BOOKMARK, () -> vm.passages().markPassage(vm.activePane())),
                item("New Tag from Selection…", "Shortcut+Shift+T", Feather.TAG,
                        () -> vm.passages().newTagFromSelection(vm.activePane())),
                item("Link Passages…", "Shortcut+L", Feather.LINK_2, vm.passages()::linkSelected),
                delete,
                new SeparatorMenuItem(),
                item("New Tag…", "Shortcut+T", Feather.TAG, vm.tagCommands()::create));
        CheckMenuItem sync = new CheckMenuItem("Synchronized Scrolling");
        sync.selectedProperty().bindBidirectional(panes.synchronizedScrollingProperty());
        CheckMenuItem darkItem = new CheckMenuItem("Dark Theme");
        darkItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        darkItem.selectedProperty().bindBidirectional(dark);
        CheckMenuItem libraryItem = new CheckMenuItem("Library (Sources and Tags)");
        libraryItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+B"));
        mirror(libraryItem, sidebars.libraryShownProperty());
        libraryItem.setOnAction(e -> sidebars.toggleLibrary());
        CheckMenuItem inspectorItem = new CheckMenuItem("Inspector and Passages");
        inspectorItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+G"));
        mirror(inspectorItem, sidebars.inspectorShownProperty());
        inspectorItem.setOnAction(e -> sidebars.toggleInspector());
        CheckMenuItem stripItem = new CheckMenuItem("Comparison Strip");
        stripItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+J"));
        stripItem.selectedProperty().bindBidirectional(stripShown);
        Menu view = new Menu("_View", null,
                libraryItem, inspectorItem, stripItem, new SeparatorMenuItem(),
                item("Add Pane", "Shortcut+Shift+N", Feather.COLUMNS, vm::addPane),
                item("Remove Pane", "Shortcut+Shift+W", null, vm::removePane),
                sync, new SeparatorMenuItem(),
                item("Analysis…", "Shortcut+Shift+M", Feather.BAR_CHART_2, this::showAnalysis),
                new SeparatorMenuItem(),
                item("Zoom In", "Shortcut+=", Feather.ZOOM_IN, () -> zoom(1)),
                item("Zoom Out", "Shortcut+-", Feather.ZOOM_OUT, () -> zoom(-1)),
                item("Actual Size", "Shortcut+0", null, () -> zoom(0)),
                new SeparatorMenuItem(), darkItem);
        Menu help = new Menu("_Help", null,
                item("Keyboard Shortcuts", "F1", Feather.COMMAND,
                        () -> new ShortcutsSheet(menuBar).show(main.getScene().getWindow())),
                item("About Marginalia", null, Feather.INFO, () -> vm.dialogs().showInformation("About Marginalia",
                        "Marginalia — an offline workbench for annotating, comparing and citing historical sources."
                                + "\n\nProject: " + vm.projectPath())));
        Menu compare = new Menu("_Compare");
        compare.getItems().addAll(compareTools.menuItems());
        compare.getItems().add(compareTools.alignItem());
        Menu source = new Menu("_Source");
        source.getItems().addAll(sourceTools.menuItems());
        vm.textCorrections().setReviewQueue(sourceTools::showReviewQueue);
        MenuItem editText = item("Edit Text", "Shortcut+Shift+E", Feather.EDIT_3,
                () -> vm.textCorrections().editorFor(vm.panes().get(activePaneIndex())).begin());
        editText.setId("menu-edit-text");
        MenuItem textChanges = item("Show Text Changes", null, Feather.GIT_PULL_REQUEST, () -> vm.textCorrections()
                .showLatestChanges(vm.panes().get(activePaneIndex()).documentProperty().get()));
        textChanges.setId("menu-text-changes");
        source.getItems().addAll(new SeparatorMenuItem(), editText, textChanges);
        MenuBar bar = new MenuBar(file, edit, source, compare, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    private int activePaneIndex() {
        return Math.min(vm.activePane(), vm.panes().size() - 1);
    }

    /** Frequencies, matrices and the timeline in a window of their own; a click there filters the passage table. */
    private void showAnalysis() {
        AnalysisViewModel analysis = new AnalysisViewModel(vm.project(), background, vm::showOnly).withWindow(
                new Adoption(vm.project(), background, vm.dialogs(), vm.edits()), new WindowPanes(vm),
                secondCoder);
        new AnalysisView(analysis, background, dark, vm::notice, vm::undo).show(main.getScene().getWindow());
    }

    /** The check mark follows what shows (a sidebar can fold by itself); choosing the item asks for the change. */
    private static void mirror(CheckMenuItem item, ReadOnlyBooleanProperty shown) {
        item.setSelected(shown.get());
        shown.addListener((o, a, now) -> item.setSelected(now));
        item.selectedProperty().addListener((o, a, now) -> {
            if (now != shown.get()) {
                item.setSelected(shown.get());
            }
        });
    }

    private Menu recentMenu() {
        Menu recent = new Menu("Open Recent");
        recent.setOnShowing(e -> fillRecent(recent));
        fillRecent(recent);
        return recent;
    }

    private void fillRecent(Menu recent) {
        List<Path> projects = session.recentProjects();
        recent.getItems().setAll(projects.stream().map(p -> {
            MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            item.setOnAction(e -> session.openRecent(p));
            return item;
        }).toList());
        if (projects.isEmpty()) {
            MenuItem none = new MenuItem("No recent projects");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    void showSearch() {
        library.getSelectionModel().select(1);
        search.focus();
    }

    private void zoom(int direction) {
        double size = direction == 0 ? 15 : Math.max(10, Math.min(32, fontSize.get() + direction * 1.5));
        fontSize.set(size);
        state.saveFontSize(size);
    }

    void saveLayout() {
        if (main.getItems().size() == 3) {
            state.saveDividers("main", main.getDividerPositions());
        }
        state.saveDividers("right", right.getDividerPositions());
        state.saveDividers("left", left.getDividerPositions());
        state.saveOpenSources(vm.projectPath(), vm.panes().stream().map(p -> p.documentProperty().get())
                .filter(d -> d != null).map(d -> d.id()).toList());
    }

    NotesViewModel notesModel() {
        return notesTools.model();
    }

    ProjectImportAction projectImport() {
        return projectImport;
    }

    Sidebars sidebars() {
        return sidebars;
    }

    PanesView panes() {
        return panes;
    }

    private static MenuItem item(String text, String accelerator, Feather icon, Runnable action) {
        MenuItem item = new MenuItem(text, icon == null ? null : new FontIcon(icon));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    BooleanProperty darkProperty() {
        return dark;
    }

    static BooleanProperty darkFrom(WindowState state) {
        return new SimpleBooleanProperty(state.dark());
    }
}
