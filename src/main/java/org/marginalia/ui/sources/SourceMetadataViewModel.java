package org.marginalia.ui.sources;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.marginalia.model.Document;
import org.marginalia.model.SourceMetadata;
import org.marginalia.project.MetadataWarnings;
import org.marginalia.project.Project;
import org.marginalia.ui.Edits;
import org.marginalia.ui.compare.ToolContext;

/**
 * The source details form: title, author, publisher, dates, URL and archive location of one source, saved as one
 * undoable change. The fields are the form's input, so they are writable; everything else is read-only.
 */
public final class SourceMetadataViewModel {

    /** The form's labels, by {@link SourceMetadata#KEYS} name, in display order. */
    public static final Map<String, String> LABELS = labels();

    private final ToolContext context;
    private final Map<String, StringProperty> fields = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<Document> source = new ReadOnlyObjectWrapper<>(this, "source");
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "changed");
    private final ReadOnlyStringWrapper warnings = new ReadOnlyStringWrapper(this, "warnings", "");
    private SourceMetadata loaded;

    public SourceMetadataViewModel(ToolContext context) {
        this.context = context;
        for (String key : SourceMetadata.KEYS) {
            StringProperty field = new SimpleStringProperty(this, key, "");
            field.addListener((o, a, b) -> {
                changed.set(loaded != null && !current().equals(loaded));
                warnings.set(String.join("\n", MetadataWarnings.of(current())));
            });
            fields.put(key, field);
        }
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("title", "Title");
        labels.put("author", "Author");
        labels.put("publisher", "Publisher");
        labels.put("date", "Date of the document");
        labels.put("url", "URL");
        labels.put("archive", "Archive");
        labels.put("collection", "Collection");
        labels.put("box", "Box");
        labels.put("folder", "Folder");
        labels.put("event_date", "Date of the event");
        // Map.copyOf would lose the order the form shows the fields in.
        return Collections.unmodifiableMap(labels);
    }

    /** Fills the form from a source as it is stored now. */
    public void load(long documentId) {
        context.background().run("Reading source details", p -> context.project().sources().get(documentId),
                this::show);
    }

    private void show(Document d) {
        loaded = null;
        source.set(d);
        d.metadata().asMap().forEach((key, value) -> fields.get(key).set(value));
        loaded = d.metadata();
        changed.set(false);
    }

    public StringProperty field(String key) {
        StringProperty field = fields.get(key);
        if (field == null) {
            throw new IllegalArgumentException("no metadata field '" + key + "'");
        }
        return field;
    }

    private SourceMetadata current() {
        Map<String, String> map = new LinkedHashMap<>();
        fields.forEach((key, field) -> map.put(key, field.get()));
        return SourceMetadata.fromMap(map);
    }

    /** Saves the form; a source needs a title, so an empty one is refused with a message and nothing is saved. */
    public void save(Runnable then) {
        Document d = source.get();
        SourceMetadata before = loaded;
        SourceMetadata after = current();
        if (d == null || after.equals(before)) {
            then.run();
            return;
        }
        if (after.title().isBlank()) {
            context.dialogs().showError("Source details", "A source needs a title.");
            return;
        }
        context.background().run("Saving source details", p -> context.project().sources().updateMetadata(d.id(),
                after), saved -> context.recorder().accept(new Edits.SourceDetails(d.id(), before, after), () -> {
                    show(saved);
                    reopen(saved.id());
                    then.run();
                }));
    }

    /** Panes keep the source they were given; showing it again puts the new title in the pane's header. */
    private void reopen(long documentId) {
        var panes = context.window().panes();
        for (int i = 0; i < panes.size(); i++) {
            Document shown = panes.get(i).documentProperty().get();
            if (shown != null && shown.id() == documentId) {
                context.window().openInPane(i, documentId);
            }
        }
    }

    public ReadOnlyObjectProperty<Document> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** What would make the citation wrong or incomplete (a date not in ISO form, no author…), one a line. */
    public ReadOnlyStringProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    /** True while the form differs from what is stored. */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }
}
