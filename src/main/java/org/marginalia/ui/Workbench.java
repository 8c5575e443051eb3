package org.marginalia.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.marginalia.model.MarginaliaException;
import org.marginalia.project.AppDirectories;
import org.marginalia.project.Backup;
import org.marginalia.project.BackupService;
import org.marginalia.project.DamagedProjectException;
import org.marginalia.project.DemoProject;
import org.marginalia.project.Project;
import org.marginalia.project.SourceReader;

/**
 * Opens the window and owns what outlives one project: the stage, the background worker, the remembered window
 * state and the theme. Opening another project replaces the window's content.
 */
public final class Workbench implements Session {

    private final Stage stage;
    private final SourceReader reader;
    private final WindowState state;
    private final Background background;
    private final BooleanProperty dark;
    private Dialogs dialogs;
    private Project project;
    private WorkbenchViewModel vm;
    private MainWindow window;
    /** Set on the worker when the demo was built just now: the first run, which opens on the demo's best pair. */
    private volatile boolean demoJustBuilt;
    private List<Path> pendingImport = List.of();
    private boolean themed;
    private Runnable exit = Platform::exit;

    Workbench(Stage stage, SourceReader reader, WindowState state, Background background) {
        this.stage = stage;
        this.reader = reader;
        this.state = state;
        this.background = background;
        this.dark = MainWindow.darkFrom(state);
        this.dialogs = new FxDialogs(stage);
    }

    /**
     * Starts JavaFX and shows the window on the project, or on the last project, or (first start) on the demo
     * project with its two sample articles side by side.
     */
    public static void launch(Path projectFile, SourceReader reader) {
        // Reading the remembered window state (Java's preferences parse XML) and decoding the icons overlap with the
        // toolkit's own start-up on another core.
        CompletableFuture<WindowState> state = CompletableFuture.supplyAsync(WindowState::forUser);
        CompletableFuture<List<Image>> icons = CompletableFuture.supplyAsync(AppIcons::load);
        Platform.startup(() -> {
            // The window closes only through Quit, so an error dialog shown before it is closing cannot end the app.
            Platform.setImplicitExit(false);
            Workbench workbench = new Workbench(new Stage(), reader, state.join(), Background.threaded());
            workbench.start(projectFile, icons::join);
        });
    }

    void start(Path projectFile) {
        start(projectFile, AppIcons::load);
    }

    /**
     * Shows the window's frame first, with nothing in it that needs a style sheet, and opens the project on the
     * worker meanwhile; the theme (a large style sheet) and the icons follow the first frame, the project's content
     * follows its opening.
     */
    private void start(Path projectFile, Supplier<List<Image>> icons) {
        placeOnScreen();
        stage.setTitle("Marginalia");
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
        background.setOnFailure(this::failed);
        Scene first = new Scene(OpeningFrame.create(dark.get()));
        stage.setScene(first);
        stage.show();
        Path wanted = projectFile != null ? projectFile
                : state.recentProjects().stream().filter(Files::isRegularFile).findFirst().orElse(null);
        open(wanted, false);
        StartupProbe.afterFirstFrame(first, () -> {
            themeOnce();
            stage.getIcons().setAll(icons.get());
        });
    }

    /** Applies the theme the first time it is called, and follows the dark switch from then on. */
    private void themeOnce() {
        if (themed) {
            return;
        }
        themed = true;
        applyTheme(dark.get());
        dark.addListener((o, a, d) -> {
            applyTheme(d);
            state.saveDark(d);
        });
    }

    /** Opens the window inside the visible bounds of the screen it was last on (or the main screen). */
    private void placeOnScreen() {
        Optional<Rectangle2D> saved = state.savedBounds();
        Rectangle2D screen = saved.filter(b -> Double.isFinite(b.getMinX()) && Double.isFinite(b.getMinY()))
                .flatMap(b -> Screen.getScreensForRectangle(b).stream().findFirst())
                .orElse(Screen.getPrimary()).getVisualBounds();
        Rectangle2D bounds = WindowFit.fit(screen, saved);
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setMaximized(state.maximized());
    }

    /** Replaces the dialogs (tests stand in for the user). */
    void setDialogs(Dialogs dialogs) {
        this.dialogs = dialogs;
    }

    /** Opens a project; when it cannot be opened, says why and opens the demo project instead of an empty window. */
    private void open(Path path, boolean create) {
        background.run("Opening project", p -> {
            if (create) {
                return Project.create(path, reader);
            }
            return path != null ? Project.open(path, reader) : openOrBuildDemo();
        }, this::show, e -> {
            if (e instanceof DamagedProjectException damaged && offerRestore(damaged)) {
                return;
            }
            report("The project could not be opened", e);
            if (path != null && project == null) {
                open(null, false);
            }
        });
    }

    /** A damaged project: offers its newest good backup; the damaged file is kept aside, never deleted. */
    private boolean offerRestore(DamagedProjectException damaged) {
        if (damaged.newestGoodBackup().isEmpty()) {
            return false;
        }
        Backup backup = damaged.newestGoodBackup().get();
        boolean restore = dialogs.confirm("The project is damaged", damaged.getMessage()
                + "\n\nRestore its newest good backup, made " + backup.time()
                + "? The damaged file is kept beside it.");
        if (!restore) {
            return false;
        }
        background.run("Restoring the backup", p -> BackupService.restore(damaged.project(), backup.file()),
                restored -> open(restored.project(), false),
                e -> {
                    report("The backup could not be restored", e);
                    if (project == null) {
                        open(null, false);
                    }
                });
        return true;
    }

    private Project openOrBuildDemo() {
        Path demo = AppDirectories.demoProject();
        if (Files.exists(demo)) {
            return Project.open(demo, reader);
        }
        demoJustBuilt = true;
        try {
            Files.createDirectories(demo.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder " + demo.getParent(), e);
        }
        return DemoProject.create(demo, reader);
    }

    void show(Project opened) {
        StartupProbe.mark("opened");
        themeOnce();
        project = opened;
        state.opened(opened.path());
        vm = new WorkbenchViewModel(opened, background, dialogs, comparer());
        window = new MainWindow(vm, this, background, state, dark);
        Parent root = window.createView();
        // The panes are made before the window's content joins a scene: a node that enters a scene has its style
        // matched at once, so panes made after it would be styled, taken out and put back while they settle.
        vm.start(state.openSources(opened.path()));
        StartupProbe.mark("built");
        Scene scene = new Scene(root);
        StartupProbe.markPulses(scene, "window");
        scene.getStylesheets().add(Workbench.class.getResource("workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(opened.name() + " — Marginalia");
        stage.show();
        StartupProbe.mark("shown");
        // Keys act where the user reads: the first pane has the focus, not whichever button came first.
        window.panes().active().area().requestFocus();
        boolean firstRun = demoJustBuilt;
        if (demoJustBuilt) {
            demoJustBuilt = false;
            FirstScreen.showTheDemoPair(vm);
        }
        if (!pendingImport.isEmpty()) {
            vm.sourceCommands().importFiles(pendingImport);
            pendingImport = List.of();
        }
        if (firstRun) {
            StartupProbe.paintedWhenShown(vm.comparisonProperty(), background.runningProperty(), this::quit);
        } else {
            StartupProbe.paintedWhenIdle(background.runningProperty(), this::quit);
        }
    }

    static PassageComparer comparer() {
        return (p, from, to) -> p.compare().diff(from, to);
    }

    private static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    private void failed(Throwable e) {
        report("Something went wrong", e);
    }

    private void report(String title, Throwable e) {
        String message = e instanceof MarginaliaException || e instanceof UncheckedIOException ? e.getMessage()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        dialogs.showError(title, message + "\n\nNothing you made has been lost.");
        // Re-reading shows the project as it really is after a failed change; nothing half-done stays on screen.
        if (vm != null && project != null) {
            vm.refresh(() -> { });
        }
    }

    @Override
    public void newProject() {
        dialogs.chooseNewProjectFile().ifPresent(path -> switchTo(path, true));
    }

    @Override
    public void openProject() {
        dialogs.chooseProjectToOpen().ifPresent(path -> switchTo(path, false));
    }

    @Override
    public void openRecent(Path path) {
        switchTo(path, false);
    }

    @Override
    public List<Path> recentProjects() {
        return state.recentProjects();
    }

    @Override
    public void closeProject() {
        unlessTheUserStays(() -> {
            closeCurrent();
            showStart();
        });
    }

    /** Runs {@code then} once no editor holds unsaved corrections: saved or discarded as the user chose. */
    private void unlessTheUserStays(Runnable then) {
        if (vm == null) {
            then.run();
        } else {
            vm.textCorrections().unsavedEdits().thenContinue(then);
        }
    }

    /** The start view: recent projects, New, Open, Import, the demo; the File menu's keys work here too. */
    private void showStart() {
        Scene scene = new Scene(new StartView(this).createView());
        scene.getStylesheets().add(Workbench.class.getResource("workbench.css").toExternalForm());
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+N"), this::newProject);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+O"), this::openProject);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+I"), this::importIntoNewProject);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Q"), this::quit);
        stage.setScene(scene);
        stage.setTitle("Marginalia");
    }

    @Override
    public void openDemo() {
        switchTo(null, false);
    }

    @Override
    public void importIntoNewProject() {
        List<Path> files = dialogs.chooseSourcesToImport();
        if (files.isEmpty()) {
            return;
        }
        dialogs.chooseNewProjectFile().ifPresent(path -> {
            pendingImport = List.copyOf(files);
            switchTo(path, true);
        });
    }

    private void switchTo(Path path, boolean create) {
        unlessTheUserStays(() -> {
            closeCurrent();
            open(path, create);
        });
    }

    private void closeCurrent() {
        if (window != null) {
            window.saveLayout();
            window = null;
        }
        Project closing = project;
        project = null;
        vm = null;
        if (closing != null) {
            background.run("Closing project", p -> {
                closing.close();
                return true;
            }, done -> { });
        }
    }

    /** Quits once no editor holds unsaved corrections (the window's close button comes here too). */
    @Override
    public void quit() {
        unlessTheUserStays(this::closeAndExit);
    }

    /** Stands in for ending the application (tests keep their toolkit). */
    void setExit(Runnable exit) {
        this.exit = exit;
    }

    private void closeAndExit() {
        state.saveSize(stage.getWidth(), stage.getHeight(), stage.isMaximized());
        if (!stage.isMaximized()) {
            state.savePosition(stage.getX(), stage.getY());
        }
        closeCurrent();
        state.flush();
        background.run("Closing", p -> true, done -> {
            background.shutdown();
            stage.hide();
            exit.run();
        });
    }

    WorkbenchViewModel viewModel() {
        return vm;
    }

    MainWindow window() {
        return window;
    }
}
