package org.marginalia;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.net.DatagramSocket;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.net.URLConnection;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.DatagramChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marginalia.importer.PdfChildMain;
import org.marginalia.ui.LinkOpener;

/** The package rules of GUIDE.md, checked on every build. Exceptions are named in the rule that allows them. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.marginalia");
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        check(slices().matching("org.marginalia.(*)..").should().beFreeOfCycles()
                .because("a layer that calls back into its caller cannot be understood or tested alone"));
    }

    @Test
    void modelUsesOnlyTheJavaBase() {
        check(classes().that().resideInAPackage("org.marginalia.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.marginalia.model..", "java.lang..",
                        "java.util..", "java.time..", "java.nio.file..")
                .because("the records every layer shares must not drag any library or layer along"));
    }

    @Test
    void importersOnlyTurnFilesIntoSources() {
        check(noClasses().that().resideInAPackage("org.marginalia.importer..")
                .should().dependOnClassesThat().resideInAnyPackage("org.marginalia.store..", "org.marginalia.project..",
                        "org.marginalia.cli..", "org.marginalia.ui..", "org.marginalia.export..",
                        "org.marginalia.compare..", "javafx..")
                .because("an importer reads a file into model records; storing them is the project's job"));
        // The one exception to "no JDBC in importers": a Zotero library is an SQLite file, read from a read-only copy.
        check(noClasses().that().resideInAPackage("org.marginalia.importer..")
                .and().resideOutsideOfPackage("org.marginalia.importer.zotero..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..")
                .because("an importer reads files; only the Zotero library reader opens a (copied) database"));
    }

    @Test
    void storeOnlyKnowsTheDatabase() {
        check(noClasses().that().resideInAPackage("org.marginalia.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.marginalia.importer..",
                        "org.marginalia.export..", "org.marginalia.project..", "org.marginalia.cli..",
                        "org.marginalia.ui..", "org.marginalia.compare..", "javafx..")
                .because("the project file must stay readable without the rest of the program"));
    }

    @Test
    void exportsArePureWriters() {
        check(noClasses().that().resideInAPackage("org.marginalia.export..")
                .should().dependOnClassesThat().resideInAnyPackage("org.marginalia.store..", "org.marginalia.project..",
                        "org.marginalia.cli..", "org.marginalia.ui..", "org.marginalia.importer..",
                        "org.marginalia.compare..", "javafx..", "java.sql..")
                .because("an export writes model objects it is given; reading the project is the project's job"));
    }

    @Test
    void compareIsPureFunctionsOverText() {
        check(classes().that().resideInAPackage("org.marginalia.compare..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.marginalia.compare..",
                        "org.marginalia.model..", "java..", "com.github.difflib..", "org.apache.lucene..",
                        "org.tartarus.snowball..", "dev.langchain4j..")
                .because("alignment and diffs must be testable on plain strings"));
    }

    @Test
    void analysisIsPureFunctionsOverTheCoding() {
        check(classes().that().resideInAPackage("org.marginalia.analysis..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.marginalia.analysis..",
                        "org.marginalia.model..", "java..")
                .because("frequencies, matrices and agreement figures must be checkable by hand on plain records, "
                        + "without a project file or a window"));
    }

    @Test
    void projectKnowsNoUserInterface() {
        check(noClasses().that().resideInAPackage("org.marginalia.project..")
                .should().dependOnClassesThat().resideInAnyPackage("org.marginalia.cli..", "org.marginalia.ui..",
                        "javafx..", "picocli..")
                .because("the command line and the window call the same use cases"));
    }

    @Test
    void commandLineGoesThroughTheProject() {
        check(noClasses().that().resideInAPackage("org.marginalia.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.marginalia.store..",
                        "org.marginalia.importer..", "org.marginalia.compare..", "org.marginalia.ui..", "javafx..",
                        "java.sql..")
                .because("a command is a thin shell over a use case; what comparison finds reaches it as model "
                        + "records through the project"));
    }

    @Test
    void windowGoesThroughTheProject() {
        check(noClasses().that().resideInAPackage("org.marginalia.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.marginalia.store..",
                        "org.marginalia.importer..", "org.marginalia.export..", "org.marginalia.compare..",
                        "org.marginalia.cli..", "java.sql..")
                .because("the FX thread must never touch JDBC, and views hold no business logic: comparison runs "
                        + "in the project layer and its results are model records"));
    }

    @Test
    void onlyTheCommandLinePrints() {
        check(noClasses().that().resideOutsideOfPackage("org.marginalia.cli..")
                .and().doNotHaveFullyQualifiedName(Launcher.class.getName())
                // The one exception: the child JVM that reads a large PDF answers its parent on standard output.
                .and().doNotHaveFullyQualifiedName(PdfChildMain.class.getName())
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .because("output belongs to the command line; the Launcher only hands it System.out and System.err"));
    }

    @Test
    void benchmarksMeasureWhatUsersCall() {
        check(noClasses().that().resideInAPackage("org.marginalia.bench..")
                .should().dependOnClassesThat().resideInAnyPackage("org.marginalia.cli..", "org.marginalia.ui..",
                        "javafx..")
                .because("the bench command measures the project use cases, importers and comparison the window "
                        + "and command line call; only its bulk data setup writes through the store"));
    }

    @Test
    void nothingReachesTheNetworkButTheLinkOpener() {
        // The one exception: ui.LinkOpener hands a link the user clicked (zotero://, a source's address) to the
        // system's own program; it never fetches anything itself.
        check(noClasses().that().doNotHaveFullyQualifiedName(LinkOpener.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "javax.net..")
                .orShould().dependOnClassesThat().belongToAnyOf(Socket.class, ServerSocket.class, DatagramSocket.class,
                        URLConnection.class, HttpURLConnection.class, SocketChannel.class, ServerSocketChannel.class,
                        DatagramChannel.class, AsynchronousSocketChannel.class)
                .orShould().callMethod(URL.class, "openConnection")
                .orShould().callMethod(URL.class, "openConnection", Proxy.class)
                .orShould().callMethod(URL.class, "openStream")
                .orShould().callMethod(URL.class, "getContent")
                // CHECKSTYLE.ALLOW-FQN: a JDK class the app must not use, so it is not imported
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.awt.Desktop")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.application.HostServices")
                .because("Marginalia works offline: sources and projects never leave the machine, and a file cannot "
                        + "make it call home"));
    }

    @Test
    void launcherOnlyWiresThingsTogether() {
        check(classes().that().haveFullyQualifiedName(Launcher.class.getName())
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.marginalia", "org.marginalia.cli..",
                        "org.marginalia.ui..", "org.marginalia.project..", "java..",
                        // The one exception: the Launcher builds the object graph, so it picks the importers.
                        "org.marginalia.importer..")
                .because("main only decides window or command line and builds the object graph"));
    }
}
