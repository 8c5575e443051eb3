package org.marginalia.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What the window shows with no project open (after File ▸ Close): the recent projects, and buttons to start a
 * new one, open one, open the demo, or import sources into a new project.
 */
final class StartView {

    private final Session session;

    StartView(Session session) {
        this.session = session;
    }

    Parent createView() {
        Label title = new Label("Marginalia");
        title.getStyleClass().add("start-title");
        Label lead = new Label("Annotate, compare and cite historical sources.");
        lead.getStyleClass().add("pane-details");
        FlowPane actions = new FlowPane(10, 10,
                button("start-new", "New Project… (Ctrl+N)", Feather.FILE_PLUS, session::newProject),
                button("start-open", "Open… (Ctrl+O)", Feather.FOLDER, session::openProject),
                button("start-import", "Import Sources… (Ctrl+I)", Feather.DOWNLOAD, session::importIntoNewProject),
                button("start-demo", "Open the Demo", Feather.BOOK_OPEN, session::openDemo));
        Label recentTitle = new Label("Recent projects");
        recentTitle.getStyleClass().add("section-title");
        VBox recent = new VBox(2);
        recent.setId("start-recent");
        List<Path> projects = session.recentProjects();
        for (int i = 0; i < projects.size(); i++) {
            Path project = projects.get(i);
            Hyperlink link = new Hyperlink(project.getFileName() + "   —   " + project.getParent());
            link.setId("start-recent-" + i);
            link.setAccessibleText("Open the recent project " + project.getFileName());
            link.setOnAction(e -> session.openRecent(project));
            recent.getChildren().add(link);
        }
        if (projects.isEmpty()) {
            recent.getChildren().add(new Label("No recent projects yet."));
        }
        VBox box = new VBox(14, title, lead, actions, recentTitle, recent);
        box.setPadding(new Insets(48));
        box.setMaxWidth(760);
        box.setId("start-view");
        box.getStyleClass().add("start-view");
        VBox page = new VBox(box);
        page.setAlignment(Pos.TOP_CENTER);
        page.getStyleClass().add("workbench");
        return page;
    }

    private static Button button(String id, String text, Feather icon, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setAccessibleText(text);
        // Whole labels, keys included: the row wraps rather than cutting them short.
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }
}
