package org.marginalia.project;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.marginalia.importer.Importers;
import org.marginalia.model.ImportOptions;
import org.marginalia.model.ImportedSource;

/**
 * A {@link SourceReader} whose importers are built on the first file read, so that the window does not load PDFBox,
 * jsoup, Tesseract and the charset detector before its first frame.
 */
public final class FirstUseReader implements SourceReader {

    private final Supplier<Importers> importers;
    private volatile SourceReader ready;

    public FirstUseReader(Supplier<Importers> importers) {
        this.importers = importers;
    }

    @Override
    public ImportedSource read(Path file) {
        return ready().read(file);
    }

    @Override
    public ImportedSource read(Path file, ImportOptions options) {
        return ready().read(file, options);
    }

    @Override
    public ImportedSource read(String fileName, byte[] bytes, ImportOptions options) {
        return ready().read(fileName, bytes, options);
    }

    private SourceReader ready() {
        SourceReader reader = ready;
        if (reader == null) {
            synchronized (this) {
                if (ready == null) {
                    ready = SourceReader.using(importers.get());
                }
                reader = ready;
            }
        }
        return reader;
    }
}
