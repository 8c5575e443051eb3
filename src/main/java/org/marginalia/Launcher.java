package org.marginalia;

import java.nio.file.Files;
import java.nio.file.Path;
import org.marginalia.cli.Cli;
import org.marginalia.importer.Importers;
import org.marginalia.model.ImportedSource;
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
            Workbench.launch(args.length == 0 ? null : Path.of(args[0]), new LazyReader());
            return;
        }
        System.exit(Cli.run(args, Importers.standard()::read, System.out, System.err));
    }

    /** No command, or a single argument that names a project file rather than a command or an option. */
    static boolean opensWindow(String[] args) {
        if (args.length == 0) {
            return true;
        }
        return args.length == 1 && !args[0].startsWith("-")
                && (args[0].endsWith(".marginalia") || Files.isRegularFile(Path.of(args[0])));
    }

    /** Builds the standard importers on the first file read. */
    private static final class LazyReader implements SourceReader {

        private volatile Importers importers;

        @Override
        public ImportedSource read(Path file) {
            Importers ready = importers;
            if (ready == null) {
                ready = Importers.standard();
                importers = ready;
            }
            return ready.read(file);
        }
    }
}
