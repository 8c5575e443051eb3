package org.marginalia.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level command: with a subcommand it runs that; the launcher opens the window when there is none. */
@Command(name = "marginalia", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        scope = ScopeType.INHERIT,
        description = "Annotate, compare and cite historical sources, offline.",
        subcommands = {
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
                DemoCommand.class},
        footer = {"", "Run 'marginalia' with no command, or with only a project file, to open the window."})
final class MarginaliaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
