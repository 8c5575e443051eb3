package org.marginalia.project;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.Link;
import org.marginalia.model.Relation;
import org.marginalia.model.Tag;
import org.marginalia.model.TextSpan;

/**
 * The child process of {@link ProjectCrashTest}: runs the real use cases in a loop and prints one acknowledgement
 * line after each commit, until it is killed. {@code args}: project file, seed, mode ({@code work}, {@code backup},
 * or {@code warm} to open, close and end).
 */
public final class CrashWorker {

    private CrashWorker() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        boolean backupsOnly = args.length > 2 && args[2].equals("backup");
        PrintStream out = System.out;
        Random random = new Random(seed);
        Project project = Project.open(file, path -> {
            throw new UnsupportedOperationException("the crash worker imports nothing");
        });
        long untagged = project.passages().list().stream().filter(a -> a.tagIds().isEmpty()).count();
        out.println("ready " + project.check().size() + " " + untagged);
        out.flush();
        if (args.length > 2 && args[2].equals("warm")) {
            project.close();
            return;
        }
        if (backupsOnly) {
            while (true) {
                out.println("B " + project.backups().backupNow().file());
                out.flush();
            }
        }
        List<Document> documents = project.sources().list();
        List<Tag> tags = project.tags().list();
        long previous = -1;
        for (int i = 0; ; i++) {
            Document document = documents.get(random.nextInt(documents.size()));
            int length = project.sources().text(document.id()).length();
            int start = random.nextInt(length - 40);
            Tag tag = tags.get(random.nextInt(tags.size()));
            String note = "crash " + seed + " " + i;
            Annotation passage = project.passages().create(document.id(),
                    new TextSpan(start, start + 5 + random.nextInt(30)), List.of(tag.id()), note);
            out.println("A " + passage.id() + " " + tag.id() + " " + note.replace(' ', '_'));
            out.flush();
            if (previous > 0 && i % 2 == 0) {
                Link link = project.links().link(previous, passage.id(), Relation.RELATED, "");
                out.println("L " + link.id() + " " + link.fromAnnotationId() + " " + link.toAnnotationId());
                out.flush();
            }
            if (i % 7 == 3) {
                Tag added = project.tags().add("crash tag " + seed + " " + i, null, null, null);
                out.println("T " + added.id());
                out.flush();
            }
            previous = passage.id();
        }
    }
}
