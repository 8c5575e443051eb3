package org.marginalia.ui.sources;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marginalia.model.Document;
import org.marginalia.project.ZoteroEntry;
import org.marginalia.project.ZoteroImport;
import org.marginalia.ui.compare.ToolContext;

/**
 * File ▸ Import from Zotero: picks Zotero's data folder, reads its items off the FX thread, lets the user check
 * collections and items, imports them off the FX thread, and says what came in and what was linked instead.
 */
public final class ZoteroImportAction {

    private static final String TITLE = "Import from Zotero";

    private final ToolContext context;

    public ZoteroImportAction(ToolContext context) {
        this.context = context;
    }

    public void run() {
        context.dialogs().chooseZoteroFolder(usualFolder()).ifPresent(this::importFrom);
    }

    /** Reads the library in {@code folder}, then asks which items to import. */
    public void importFrom(Path folder) {
        context.background().run("Reading the Zotero library", p -> context.project().zotero().entries(folder),
                entries -> choose(folder, entries), this::failed);
    }

    private void choose(Path folder, List<ZoteroEntry> entries) {
        if (entries.isEmpty()) {
            context.dialogs().showInformation(TITLE, "The Zotero library in " + folder + " has no items.");
            return;
        }
        context.dialogs().chooseZoteroItems(entries).filter(keys -> !keys.isEmpty()).ifPresent(keys ->
                context.background().run("Importing from Zotero",
                        p -> context.project().zotero().importLibrary(folder, Set.of(), keys),
                        result -> context.refresh().accept(() -> context.dialogs().showInformation(TITLE,
                                summary(result))), this::failed));
    }

    private void failed(Throwable failure) {
        context.dialogs().showError(TITLE, String.valueOf(failure.getMessage()));
    }

    /** What came in, what was linked to a source already in the project, and what was skipped and why. */
    static String summary(ZoteroImport result) {
        StringBuilder text = new StringBuilder();
        text.append(count(result.added().size(), "source")).append(" came in");
        titles(text, result.added());
        text.append(".\nLinked, not imported twice: ").append(count(result.linked().size(), "source"))
                .append(" already in the project, now with their Zotero item");
        titles(text, result.linked());
        text.append('.');
        if (!result.skipped().isEmpty()) {
            text.append('\n').append(count(result.skipped().size(), "item")).append(" skipped:");
            result.skipped().forEach(reason -> text.append("\n  ").append(reason));
        }
        return text.toString();
    }

    private static void titles(StringBuilder text, List<Document> documents) {
        if (!documents.isEmpty()) {
            text.append(": ").append(String.join("; ", documents.stream().map(Document::title).toList()));
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Zotero's default data folder, when there is one. */
    private static Optional<Path> usualFolder() {
        Path folder = Path.of(System.getProperty("user.home"), "Zotero");
        return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
    }
}
