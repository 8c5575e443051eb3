package org.marginalia.cli;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level command: with a subcommand it runs that; the launcher opens the window when there is none. */
@Command(name = "marginalia", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        scope = ScopeType.INHERIT,
        description = "Annotate, compare and cite historical sources, offline.",
        footer = {"", "Run 'marginalia' with no command, or with only a project file, to open the window."})
final class MarginaliaCommand implements Callable<Integer> {

    /**
     * Every command, in the order the help lists them. They are not in the {@code @Command} annotation: picocli would
     * build every one (reflection over each class's options) on each start, where a command line needs only one.
     */
    static final List<Class<?>> COMMANDS = List.of(
            NewCommand.class,
            ImportCommand.class,
            TagCommand.class,
            AnnotateCommand.class,
            LinkCommand.class,
            NotesCommand.class,
            SearchCommand.class,
            ListCommand.class,
            ShowCommand.class,
            MetaCommand.class,
            CiteCommand.class,
            BibliographyCommand.class,
            ImportBibliographyCommand.class,
            ZoteroImportCommand.class,
            ZoteroNotesCommand.class,
            ExportCommand.class,
            ImportProjectCommand.class,
            MatchCommand.class,
            QuotesCommand.class,
            AlignCommand.class,
            StatsCommand.class,
            AgreeCommand.class,
            MergeCommand.class,
            ReimportCommand.class,
            OcrCommand.class,
            CorrectCommand.class,
            ReviewCommand.class,
            ReviewedCommand.class,
            VersionsCommand.class,
            CheckCommand.class,
            BackupCommand.class,
            BackupsCommand.class,
            RestoreCommand.class,
            BenchCommand.class,
            DemoCommand.class);

    @Spec
    CommandSpec spec;

    /**
     * The commands this command line needs: only the one it names, or all of them when it names none (for the
     * help, and for picocli to suggest a name close to a mistyped one).
     */
    static List<Class<?>> neededBy(String[] args) {
        if (args.length > 0) {
            for (Class<?> command : COMMANDS) {
                Command annotation = command.getAnnotation(Command.class);
                if (annotation.name().equals(args[0]) || Arrays.asList(annotation.aliases()).contains(args[0])) {
                    return List.of(command);
                }
            }
        }
        return COMMANDS;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
