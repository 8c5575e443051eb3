package org.marginalia.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.marginalia.model.Document;
import org.marginalia.project.Project;
import org.marginalia.project.ReanchorReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ocr", description = {"Read a scanned source (an image, or the scanned pages of a PDF) again with "
        + "OCR, from the file the project keeps, as a new version; its passages are re-attached by their quotes.",
        "The previous version is kept. Passages that cannot be placed with confidence keep their quote and wait in "
                + "'marginalia review'.",
        "Prints 'kept version N of source ID', then 'exact N', 'moved N' and 'needs review N', then one "
                + "'review<TAB>passage id<TAB>reason' line per passage to review."})
final class OcrCommand extends ProjectCommand implements Callable<Integer> {

    @Parameters(index = "1", paramLabel = "DOC", description = "The source, by id or title.") String document;

    @Option(names = "--lang", paramLabel = "L", description = "OCR language(s) as Tesseract names them (eng, deu, "
            + "lat+eng…); by default the language the source was read in before.")
    String language;

    @Option(names = {"-q", "--quiet"}, description = "No page progress on stderr.")
    boolean quiet;

    OcrCommand(ProjectOpener opener) {
        super(opener);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Project open = opener.open(project)) {
            Document source = open.sources().resolve(document);
            ReanchorReport report = open.ocr().ocr(source.id(), language, TerminalProgress.forFile(
                    spec.commandLine().getErr(), source.fileName(), quiet));
            CorrectionLines.print(out, source, report);
        }
        return 0;
    }
}
