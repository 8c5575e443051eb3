package org.marginalia.ui.sources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.Node;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.Label;
import javafx.scene.control.TreeView;
import javafx.scene.control.cell.CheckBoxTreeCell;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.marginalia.project.ZoteroEntry;

/**
 * The Zotero library as a checkable tree: its collections with their items, and the items filed in none. Checking a
 * collection checks its items; an item filed in two collections is checked in both at once.
 */
public final class ZoteroItemsView {

    private static final String UNFILED = "Not in a collection";

    /** What a row shows, and which node id it has so tests and screen readers can find it. */
    private record Row(String label, String id, String key) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final List<ZoteroEntry> entries;
    private final Map<String, List<CheckBoxTreeItem<Row>>> byKey = new LinkedHashMap<>();
    private final ReadOnlyIntegerWrapper chosenCount = new ReadOnlyIntegerWrapper(this, "chosenCount");

    public ZoteroItemsView(List<ZoteroEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    public Node createView() {
        CheckBoxTreeItem<Row> root = new CheckBoxTreeItem<>(new Row("Library", "zotero-library", ""));
        root.setExpanded(true);
        Map<String, List<ZoteroEntry>> groups = new LinkedHashMap<>();
        for (ZoteroEntry entry : entries) {
            List<String> names = entry.collections().isEmpty() ? List.of(UNFILED) : entry.collections();
            names.forEach(name -> groups.computeIfAbsent(name, n -> new ArrayList<>()).add(entry));
        }
        int index = 0;
        for (Map.Entry<String, List<ZoteroEntry>> group : groups.entrySet()) {
            CheckBoxTreeItem<Row> collection = new CheckBoxTreeItem<>(new Row(group.getKey() + " ("
                    + group.getValue().size() + ")", "zotero-collection-" + index++, ""));
            collection.setExpanded(true);
            group.getValue().forEach(entry -> collection.getChildren().add(leaf(entry)));
            root.getChildren().add(collection);
        }
        TreeView<Row> tree = new TreeView<>(root);
        tree.setId("zotero-items");
        tree.setAccessibleText("Zotero collections and items to import");
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new CheckBoxTreeCell<>() {
            @Override
            public void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                setId(empty || row == null ? null : row.id());
            }
        });
        tree.setPrefSize(680, 360);
        Label hint = new Label(entries.size() + " items. Check a collection to import all its items. Items without a"
                + " stored PDF, HTML or text file are skipped; a file already in the project is linked, not copied.");
        hint.setWrapText(true);
        hint.setMaxWidth(680);
        VBox box = new VBox(8, hint, tree);
        VBox.setVgrow(tree, Priority.ALWAYS);
        return box;
    }

    private CheckBoxTreeItem<Row> leaf(ZoteroEntry entry) {
        // Zotero writes an institution's name in braces; a reader wants the bare name.
        String author = entry.author().replace("{", "").replace("}", "");
        String label = entry.title() + (author.isEmpty() ? "" : " — " + author)
                + (entry.importable() ? "" : "  (no stored file: will be skipped)");
        CheckBoxTreeItem<Row> leaf = new CheckBoxTreeItem<>(new Row(label, "zotero-item-" + entry.key(),
                entry.key()));
        List<CheckBoxTreeItem<Row>> twins = byKey.computeIfAbsent(entry.key(), k -> new ArrayList<>());
        twins.add(leaf);
        leaf.selectedProperty().addListener((o, was, now) -> {
            twins.forEach(twin -> twin.setSelected(now));
            chosenCount.set(chosenKeys().size());
        });
        return leaf;
    }

    /** The keys of the checked items, in library order. */
    public Set<String> chosenKeys() {
        Set<String> keys = new LinkedHashSet<>();
        byKey.forEach((key, leaves) -> {
            if (leaves.get(0).isSelected()) {
                keys.add(key);
            }
        });
        return keys;
    }

    public ReadOnlyIntegerProperty chosenCountProperty() {
        return chosenCount.getReadOnlyProperty();
    }
}
