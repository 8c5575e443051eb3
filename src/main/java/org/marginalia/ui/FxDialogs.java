package org.marginalia.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.marginalia.model.CitationStyle;
import org.marginalia.model.ExportFormat;
import org.marginalia.model.Relation;
import org.marginalia.project.ZoteroEntry;
import org.marginalia.ui.sources.ZoteroItemsView;

/** The real dialogs and file choosers, owned by the main window. */
final class FxDialogs implements Dialogs {

    private final Window owner;
    private Path lastFolder;

    FxDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public List<Path> chooseSourcesToImport() {
        FileChooser chooser = chooser("Import sources");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Sources (PDF, HTML, Markdown, text, images, transcriptions)", "*.pdf",
                        "*.html", "*.htm", "*.md", "*.markdown", "*.txt", "*.jpg", "*.jpeg", "*.png", "*.tif",
                        "*.tiff", "*.hocr", "*.xml"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        lastFolder = files.get(0).toPath().getParent();
        return files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<ExportTarget> chooseExportTarget(String projectName) {
        return chooseExportTarget(projectName, List.of(ExportFormat.values()));
    }

    @Override
    public Optional<ExportTarget> chooseExportTarget(String name, List<ExportFormat> formats) {
        FileChooser chooser = chooser("Export");
        chooser.setInitialFileName(name);
        for (ExportFormat format : formats) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.description(),
                    "*." + format.extension()));
        }
        return remember(chooser.showSaveDialog(owner)).map(path -> {
            int chosen = chooser.getExtensionFilters().indexOf(chooser.getSelectedExtensionFilter());
            ExportFormat format = formats.get(Math.max(chosen, 0));
            String file = path.getFileName().toString();
            for (ExportFormat f : formats) {
                if (file.toLowerCase(Locale.ROOT).endsWith("." + f.extension())) {
                    return new ExportTarget(path, f);
                }
            }
            return new ExportTarget(path.resolveSibling(file + "." + format.extension()), format);
        });
    }

    @Override
    public Optional<ExportCitations> chooseExportCitations(ExportFormat format, CitationStyle preferred) {
        ExportCitationsView view = new ExportCitationsView(format, preferred);
        Dialog<ButtonType> dialog = new Dialog<>();
        own(dialog);
        dialog.setTitle("Export");
        dialog.setHeaderText(format == ExportFormat.CSV ? "Citations in the CSV" : "Citations in the report");
        dialog.getDialogPane().setContent(view.createView());
        ButtonType export = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(export, ButtonType.CANCEL);
        return dialog.showAndWait().filter(export::equals).map(b -> view.chosen());
    }

    @Override
    public Optional<Path> chooseZoteroFolder(Optional<Path> suggested) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Zotero data folder (the one holding zotero.sqlite)");
        suggested.or(() -> Optional.ofNullable(lastFolder)).filter(p -> p.toFile().isDirectory())
                .ifPresent(p -> chooser.setInitialDirectory(p.toFile()));
        return remember(chooser.showDialog(owner));
    }

    @Override
    public Optional<Set<String>> chooseZoteroItems(List<ZoteroEntry> entries) {
        ZoteroItemsView view = new ZoteroItemsView(entries);
        Dialog<ButtonType> dialog = new Dialog<>();
        own(dialog);
        dialog.setTitle("Import from Zotero");
        dialog.setHeaderText("Check the collections and items to import");
        dialog.getDialogPane().setContent(view.createView());
        dialog.setResizable(true);
        ButtonType importType = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(importType, ButtonType.CANCEL);
        Button importButton = (Button) dialog.getDialogPane().lookupButton(importType);
        importButton.setId("zotero-import");
        importButton.disableProperty().bind(view.chosenCountProperty().isEqualTo(0));
        return dialog.showAndWait().filter(importType::equals).map(b -> view.chosenKeys());
    }

    @Override
    public Optional<Path> chooseProjectToOpen() {
        FileChooser chooser = chooser("Open project");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Marginalia projects", "*.marginalia"));
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseNewProjectFile() {
        FileChooser chooser = chooser("New project");
        chooser.setInitialFileName("Untitled.marginalia");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Marginalia projects", "*.marginalia"));
        return remember(chooser.showSaveDialog(owner)).map(p -> p.toString().endsWith(".marginalia") ? p
                : p.resolveSibling(p.getFileName() + ".marginalia"));
    }

    @Override
    public Optional<Relation> chooseRelation(String fromQuote, String toQuote) {
        List<String> words = Arrays.stream(Relation.values()).map(Relation::word).toList();
        ChoiceDialog<String> dialog = new ChoiceDialog<>(Relation.PARAPHRASES.word(), words);
        own(dialog);
        dialog.setTitle("Link passages");
        dialog.setHeaderText("“" + shorten(fromQuote) + "”\n\n“" + shorten(toQuote) + "”");
        dialog.setContentText("The first passage … the second:");
        return dialog.showAndWait().map(Relation::fromWord);
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        own(dialog);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(prompt);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override
    public UnsavedChoice askUnsaved(String title, String message) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        alert.getButtonTypes().setAll(save, discard, ButtonType.CANCEL);
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? UnsavedChoice.SAVE : answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message);
        alert.showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        own(alert);
        alert.setTitle(title);
        alert.setHeaderText(title);
        if (message.length() > 300 || message.lines().count() > 6) {
            TextArea text = new TextArea(message);
            text.setEditable(false);
            text.setWrapText(true);
            alert.getDialogPane().setContent(text);
        } else {
            Label text = new Label(message);
            text.setWrapText(true);
            text.setMaxWidth(460);
            alert.getDialogPane().setContent(text);
        }
        return alert;
    }

    /** A dialog takes its owner's stylesheets; before the first project is shown the owner has no scene yet. */
    private void own(Dialog<?> dialog) {
        if (owner.getScene() != null) {
            dialog.initOwner(owner);
        }
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (lastFolder != null && lastFolder.toFile().isDirectory()) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.toPath().getParent();
        return Optional.of(file.toPath());
    }

    private static String shorten(String quote) {
        return quote.length() <= 140 ? quote : quote.substring(0, 137) + "…";
    }
}
