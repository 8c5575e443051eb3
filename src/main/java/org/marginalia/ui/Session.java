package org.marginalia.ui;

import java.nio.file.Path;
import java.util.List;

/** Project-level actions of the File menu, carried out by whoever owns the window. */
interface Session {

    void newProject();

    void openProject();

    void openRecent(Path project);

    List<Path> recentProjects();

    void closeProject();

    /** Opens the demo project (it is built again when it was deleted). */
    void openDemo();

    /** Asks for sources and a new project file, creates the project and imports the sources into it. */
    void importIntoNewProject();

    void quit();
}
