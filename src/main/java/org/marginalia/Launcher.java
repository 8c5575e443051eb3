package org.marginalia;

import java.nio.file.Files;
import java.nio.file.Path;
import org.marginalia.cli.Cli;
import org.marginalia.importer.Importers;
import org.marginalia.project.AppDirectories;
import org.marginalia.project.FirstUseReader;
import org.marginalia.project.SourceReader;
import org.marginalia.ui.Workbench;

/**
 * The program's entry point. With no arguments, or with only a project file, it opens the window; otherwise it runs
 * a command. It never extends {@code Application}, so {@code java -jar} works with JavaFX on the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (opensWindow(args)) {
            // The importers (PDFBox, jsoup, the charset detector) load on the first import, not before the window.
            Workbench.launch(args.length == 0 ? null : Path.of(args[0]), new FirstUseReader(Importers::standard));
            return;
        }
        AppDirectories.keepNativeLibraries();
        System.exit(Cli.run(args, SourceReader.using(Importers.standard()), System.out, System.err));
    }

    /** No command, or a single argument that names a project file rather than a command or an option. */
    static boolean opensWindow(String[] args) {
        if (args.length == 0) {
            return true;
        }
        return args.length == 1 && !args[0].startsWith("-")
                && (args[0].endsWith(".marginalia") || Files.isRegularFile(Path.of(args[0])));
    }
}
