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

    void quit();
}
