package org.marginalia.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marginalia.model.ImportOptions;
import org.marginalia.project.ImportOutcome;
import org.marginalia.project.OcrLanguages;
import org.marginalia.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = {"Import source files: .txt, .md, .html, .pdf, images (.jpg, .png, .tif; "
        + "read by OCR) and transcriptions (hOCR, ALTO or PAGE XML).",
        "Prints '<id><TAB><title>' per source; a file already in the project is reported on stderr, not added.",
        "A file whose encoding had to be guessed (not valid UTF-8) is imported with a warning on stderr naming it.",
        "Images and PDF pages without a text layer are read by OCR page by page; on a terminal each page is reported "
                + "on stderr.",
        "A transcription takes the page image it names when that file lies beside it, or the one given by --image."})
final class ImportCommand extends ProjectCommand implements Callable<Integer> {

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE") List<Path> files;

    @Option(names = "--lang", paramLabel = "L", description = "OCR language(s) as Tesseract names them: eng (built "
            + "in), deu, fra, lat+eng…; other languages need their .traineddata file in the app data folder's "
            + "tessdata folder or in TESSDATA_PREFIX.")
    String language;

    @Option(names = "--image", paramLabel = "IMAGE", description = "The page image of a single-page transcription, "
            + "when it does not lie beside it under the name the transcription gives.")
    Path image;

    @Option(names = {"-q", "--quiet"}, description = "No page progress on stderr.")
    boolean quiet;

    ImportCommand(ProjectOpener opener) {
        super(opener);
    }

    @Override
    public Integer call() {
        try (Project open = opener.open(project)) {
            for (Path file : files) {
                String name = String.valueOf(file.getFileName());
                ImportOptions options = OcrLanguages.options(language,
                        TerminalProgress.forFile(spec.commandLine().getErr(), name, quiet)).withPageImage(image);
                ImportOutcome outcome = open.sources().importFile(file, options);
                outcome.warnings().forEach(w -> spec.commandLine().getErr().println("marginalia: warning: " + w));
                if (outcome.duplicate()) {
                    spec.commandLine().getErr().println("marginalia: " + file.getFileName()
                            + " is already in the project as source " + outcome.document().id() + " ('"
                            + outcome.document().title() + "'); not imported again");
                }
                spec.commandLine().getOut().println(Tsv.row(outcome.document().id(), outcome.document().title()));
            }
        }
        return 0;
    }
}
