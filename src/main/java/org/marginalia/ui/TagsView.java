package org.marginalia.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.collections.ListChangeListener;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marginalia.model.Tag;

/**
 * The codebook as a tree: colour swatch, name, passage count and shortcut key. Clicking a tag applies it where the
 * user is working; the context menu renames, recolours, merges and deletes; dragging a tag onto another nests it.
 */
final class TagsView {

    private static final String DRAG_PREFIX = "marginalia-tag:";

    private final WorkbenchViewModel vm;
    private final TreeView<TagItem> tree = new TreeView<>();
    private final TextField filter = new TextField();
    // The tree's item of each tag shown, from the last rebuild.
    private final Map<Long, TreeItem<TagItem>> items = new HashMap<>();

    TagsView(WorkbenchViewModel vm) {
        this.vm = vm;
    }

    Node createView() {
        tree.setId("tags-tree");
        tree.setAccessibleText("Tags");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.setCellFactory(v -> new TagCell());
        Button add = new Button("New tag", new FontIcon(Feather.PLUS));
        add.setId("new-tag");
        add.setAccessibleText("New tag (Ctrl+T)");
        add.getStyleClass().addAll("flat", "small");
        add.setOnAction(e -> vm.tagCommands().create());
        filter.setId("tags-filter");
        filter.setPromptText("Filter tags");
        filter.setAccessibleText("Filter tags by name or description");
        filter.textProperty().addListener((o, a, b) -> rebuild());
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                tree.requestFocus();
                tree.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        tree.setOnKeyPressed(e -> {
            TreeItem<TagItem> item = tree.getSelectionModel().getSelectedItem();
            if (item == null || item.getValue() == null) {
                return;
            }
            if (e.getCode() == KeyCode.F2) {
                edit(item.getValue().tag());
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                vm.passages().applyTag(vm.activePane(), item.getValue().tag().id());
                e.consume();
            }
        });
        VBox box = new VBox(4, filter, tree, add);
        VBox.setVgrow(tree, Priority.ALWAYS);
        box.getStyleClass().add("tags-box");
        bind();
        return box;
    }

    private void bind() {
        vm.tags().addListener((ListChangeListener<TagItem>) this::tagsChanged);
        rebuild();
    }

    /**
     * When only passage counts moved (a passage tagged or untagged), the tree keeps its items and each changed tag's
     * item takes its new count: no rebuild, so the selection, scroll position and expanded folders stay as they are.
     */
    private void tagsChanged(ListChangeListener.Change<? extends TagItem> change) {
        Map<Long, TagItem> recounted = new HashMap<>();
        while (change.next()) {
            if (!change.wasReplaced() || change.getRemovedSize() != change.getAddedSize()) {
                rebuild();
                return;
            }
            for (int i = 0; i < change.getAddedSize(); i++) {
                TagItem now = change.getAddedSubList().get(i);
                if (!change.getRemoved().get(i).tag().equals(now.tag())) {
                    rebuild();
                    return;
                }
                recounted.put(now.tag().id(), now);
            }
        }
        recounted.forEach((id, now) -> {
            TreeItem<TagItem> item = items.get(id);
            if (item != null) {
                item.setValue(now);
            }
        });
    }

    private void rebuild() {
        items.clear();
        List<TagItem> shown = TagFilter.matching(vm.tags(), filter.getText());
        shown.forEach(t -> {
            TreeItem<TagItem> item = new TreeItem<>(t);
            item.setExpanded(true);
            items.put(t.tag().id(), item);
        });
        TreeItem<TagItem> root = new TreeItem<>();
        for (TagItem t : shown) {
            TreeItem<TagItem> parent = t.tag().parentId() == null ? root : items.getOrDefault(t.tag().parentId(), root);
            parent.getChildren().add(items.get(t.tag().id()));
        }
        tree.setRoot(root);
    }

    private final class TagCell extends TreeCell<TagItem> {

        /**
         * The cell's one menu, filled for its tag as it opens: a menu built ahead for every tag holds a colour picker
         * and a "Merge into" entry for every other tag, and the tree made them all each time it filled.
         */
        private final ContextMenu menu = new ContextMenu(new MenuItem("…"));

        TagCell() {
            setPrefWidth(0);
            menu.setOnShowing(e -> {
                if (getItem() != null) {
                    menu.getItems().setAll(menuFor(getItem().tag()));
                }
            });
            setOnMouseClicked(e -> {
                if (getItem() != null && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1) {
                    vm.passages().applyTag(vm.activePane(), getItem().tag().id());
                }
            });
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(DRAG_PREFIX + getItem().tag().id());
                    startDragAndDrop(TransferMode.MOVE).setContent(content);
                    e.consume();
                }
            });
            setOnDragOver(e -> {
                String s = e.getDragboard().getString();
                if (s != null && s.startsWith(DRAG_PREFIX)) {
                    e.acceptTransferModes(TransferMode.MOVE);
                    e.consume();
                }
            });
            setOnDragDropped(e -> {
                String s = e.getDragboard().getString();
                Tag dragged = tagById(Long.parseLong(s.substring(DRAG_PREFIX.length())));
                if (dragged != null && (getItem() == null || getItem().tag().id() != dragged.id())) {
                    vm.tagCommands().reparent(dragged, getItem() == null ? null : getItem().tag());
                }
                e.setDropCompleted(true);
                e.consume();
            });
        }

        @Override
        protected void updateItem(TagItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                setContextMenu(null);
                return;
            }
            Label name = new Label(item.tag().name());
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, Priority.ALWAYS);
            Label count = new Label(String.valueOf(item.passages()));
            count.getStyleClass().add("count-badge");
            HBox row = new HBox(8, TagSwatch.of(item.tag().color()), name, count);
            if (item.tag().shortcutKey() != null) {
                Label key = new Label(item.tag().shortcutKey());
                key.getStyleClass().add("key-cap");
                row.getChildren().add(key);
            }
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
            setId("tag-" + item.tag().name().replaceAll("\\W+", "-"));
            setAccessibleText(item.tag().name() + ", " + item.passages() + " passages"
                    + (item.tag().shortcutKey() == null ? "" : ", key " + item.tag().shortcutKey()));
            setTooltip(item.tag().description().isBlank() ? null : new Tooltip(item.tag().description()));
            setContextMenu(menu);
        }
    }

    private List<MenuItem> menuFor(Tag tag) {
        MenuItem editItem = new MenuItem("Edit… (F2)");
        editItem.setOnAction(e -> edit(tag));
        MenuItem rename = new MenuItem("Rename…");
        rename.setOnAction(e -> vm.tagCommands().rename(tag));
        ColorPicker picker = new ColorPicker(Color.web(tag.color()));
        picker.getStyleClass().add("button");
        picker.setOnAction(e -> vm.tagCommands().recolor(tag, hex(picker.getValue())));
        CustomMenuItem recolor = new CustomMenuItem(picker, false);
        Menu merge = new Menu("Merge into");
        for (TagItem other : vm.tags()) {
            if (other.tag().id() != tag.id()) {
                MenuItem target = new MenuItem(other.tag().name(), TagSwatch.of(other.tag().color()));
                target.setOnAction(e -> vm.tagCommands().merge(tag, other.tag()));
                merge.getItems().add(target);
            }
        }
        MenuItem top = new MenuItem("Move to top level");
        top.setDisable(tag.parentId() == null);
        top.setOnAction(e -> vm.tagCommands().reparent(tag, null));
        MenuItem delete = new MenuItem("Delete…");
        delete.setOnAction(e -> vm.tagCommands().delete(tag));
        return List.of(editItem, rename, recolor, merge, top, new SeparatorMenuItem(), delete);
    }

    /** Opens the tag editor: name, shortcut key, description and colour in one dialog. */
    private void edit(Tag tag) {
        new TagEditor(tag).show(tree.getScene().getWindow(), changed -> vm.tagCommands().edit(tag, changed));
    }

    private Tag tagById(long id) {
        return vm.tags().stream().map(TagItem::tag).filter(t -> t.id() == id).findFirst().orElse(null);
    }

    static String hex(Color c) {
        return String.format("#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
