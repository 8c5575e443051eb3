package org.marginalia.ui;

import javafx.application.Application;
import javafx.application.HostServices;
import javafx.stage.Stage;

/**
 * Hands a link the user clicked (a {@code zotero://} item, a source's web address) to the system, which opens it in
 * the program registered for it. The one class allowed to do so (ArchitectureTest): nothing else leaves the machine.
 */
public final class LinkOpener {

    private static HostServices services;

    private LinkOpener() {
    }

    public static void open(String link) {
        hostServices().showDocument(link);
    }

    /** The window is started without an Application subclass, so one stands in to reach the host's services. */
    private static synchronized HostServices hostServices() {
        if (services == null) {
            services = new Application() {
                @Override
                public void start(Stage stage) {
                    // Never started: only its host services are used.
                }
            }.getHostServices();
        }
        return services;
    }
}
