package org.marginalia.ui.sources;

import java.io.File;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.marginalia.model.CitationStyle;
import org.marginalia.ui.compare.ToolContext;

/**
 * The "Citation Style" menu: the bundled CSL styles and "Your Style File…". The choice is what Copy Citation uses,
 * is remembered between runs, and is handed to the project once the style has loaded without error.
 */
public final class CitationStyleMenu {

    private final ToolContext context;
    private final CitationStylePreference preference;
    private final ReadOnlyObjectWrapper<CitationStyle> chosen = new ReadOnlyObjectWrapper<>(this, "chosen");

    public CitationStyleMenu(ToolContext context, CitationStylePreference preference) {
        this.context = context;
        this.preference = preference;
        chosen.set(CitationStyle.CHICAGO_NOTES);
    }

    /** Hands the remembered style to the project (a bundled style loads only when the first citation is made). */
    public void applySaved() {
        choose(preference.style());
    }

    /** Uses a style from now on; a broken style file is reported and the previous style stays. */
    public void choose(CitationStyle style) {
        context.background().run("Loading citation style", p -> {
            context.project().citations().prefer(style);
            return style;
        }, used -> {
            preference.save(used);
            chosen.set(used);
        });
    }

    public ReadOnlyObjectProperty<CitationStyle> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    Menu createMenu() {
        Menu menu = new Menu("Citation Style");
        menu.setId("citation-style-menu");
        ToggleGroup group = new ToggleGroup();
        for (CitationStyle style : CitationStyle.BUNDLED) {
            RadioMenuItem item = new RadioMenuItem(style.label());
            item.setId("citation-style-" + style.id());
            item.setToggleGroup(group);
            item.setSelected(style.equals(chosen.get()));
            item.setOnAction(e -> choose(style));
            menu.getItems().add(item);
        }
        MenuItem own = new MenuItem("Your Style File (.csl)…");
        own.setId("citation-style-file");
        own.setOnAction(e -> chooseFile());
        menu.getItems().add(own);
        chosen.addListener((o, a, b) -> group.getToggles().forEach(t -> t.setSelected(
                ((MenuItem) t).getText().equals(b.label()))));
        return menu;
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Citation style file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSL style (*.csl)", "*.csl"));
        Window owner = Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            choose(CitationStyle.userFile(file.toPath()));
        }
    }
}
