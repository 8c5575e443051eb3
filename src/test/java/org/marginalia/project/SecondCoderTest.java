package org.marginalia.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.analysis.Agreement;
import org.marginalia.importer.Importers;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.Tag;
import org.marginalia.model.TextSpan;

/** Two coders on the same source: one names the tags differently cased and nested; a merge loses nothing. */
class SecondCoderTest {

    private static final String TEXT = "We trust the partner. NATO expansion worries Moscow. The door stays open now.";

    @TempDir
    Path dir;

    private Project project(String name, Path source) {
        Project p = Project.create(dir.resolve(name + ".marginalia"), Importers.standard()::read);
        p.sources().importFile(source);
        return p;
    }

    private static Annotation mark(Project p, String quote, Tag... tags) {
        long doc = p.sources().list().get(0).id();
        int start = TEXT.indexOf(quote);
        return p.passages().create(doc, new TextSpan(start, start + quote.length()),
                List.of(tags).stream().map(Tag::id).toList(), "");
    }

    private Path source() throws Exception {
        return Files.writeString(dir.resolve("talk.txt"), TEXT, StandardCharsets.UTF_8);
    }

    @Test
    void mergingADifferentlyNamedCodebookKeepsEveryCodingAndCanBeUndone() throws Exception {
        Path source = source();
        Path theirsFile;
        try (Project theirs = project("theirs", source)) {
            Tag themes = theirs.tags().add("Themes", null, null, null);
            Tag trust = theirs.tags().add("trust", null, "Themes", null);
            theirs.tags().add("RUSSIA", null, null, null);
            Tag nato = theirs.tags().add("nato EXPANSION", null, "RUSSIA", null);
            Tag fear = theirs.tags().add("Fear", null, null, null);
            mark(theirs, "We trust the partner.", trust);
            mark(theirs, "NATO expansion worries Moscow.", fear);
            mark(theirs, "The door stays open", nato);
            mark(theirs, "We trust", trust);
            assertThat(themes.id()).isPositive();
            theirsFile = theirs.path();
        }
        try (Project ours = project("ours", source)) {
            Tag trust = ours.tags().add("Trust", null, null, null);
            ours.tags().add("Russia", null, null, null);
            Tag nato = ours.tags().add("NATO expansion", null, "Russia", null);
            mark(ours, "We trust the partner.", trust);
            Annotation worry = mark(ours, "NATO expansion worries Moscow.", nato);

            CodingSnapshot coding = ours.analysis().coding();
            SecondCoder other = ours.analysis().openSecondCoder(theirsFile, coding);
            MergePlan plan = ours.merges().plan(coding, other, "Bea");
            assertThat(plan.newTagPaths()).containsExactly("Fear", "Themes");
            assertThat(plan.newPassages()).hasSize(2);
            assertThat(plan.tagsToAdd()).isEqualTo(1);
            assertThat(plan.alreadyPresent()).isEqualTo(1);
            assertThatThrownBy(() -> ours.merges().merge(plan, false)).hasMessageContaining("Fear");

            MergeOutcome outcome = ours.merges().merge(plan, true);
            List<Annotation> after = ours.passages().list();
            assertThat(after).hasSize(4);
            Map<Long, String> paths = ours.analysis().coding().tagPaths();
            assertThat(codings(after, paths)).containsExactlyInAnyOrder(
                    "We trust the partner. = Trust",
                    "NATO expansion worries Moscow. = Russia / NATO expansion",
                    "NATO expansion worries Moscow. = Fear",
                    "The door stays open = Russia / NATO expansion",
                    "We trust = Trust");
            assertThat(after.stream().filter(a -> a.quote().equals("We trust")).findFirst().orElseThrow().author())
                    .isEqualTo("Bea");

            ours.merges().undo(outcome);
            assertThat(ours.passages().list()).hasSize(2);
            assertThat(ours.passages().get(worry.id()).tagIds()).containsExactly(nato.id());
            assertThat(ours.tags().list()).extracting(Tag::name).containsExactlyInAnyOrder("Trust", "Russia",
                    "NATO expansion");
        }
    }

    @Test
    void adoptingOneDisagreementTakesOnlyThatCodingAndItsTagWithItsParents() throws Exception {
        Path source = source();
        Path theirsFile;
        try (Project theirs = project("theirs", source)) {
            theirs.tags().add("Mood", null, null, null);
            Tag fear = theirs.tags().add("Fear", null, "Mood", null);
            Tag hope = theirs.tags().add("Hope", null, null, null);
            mark(theirs, "NATO expansion worries Moscow.", fear, hope);
            mark(theirs, "The door stays open", hope);
            theirsFile = theirs.path();
        }
        try (Project ours = project("ours", source)) {
            CodingSnapshot coding = ours.analysis().coding();
            SecondCoder other = ours.analysis().openSecondCoder(theirsFile, coding);
            long doc = coding.sources().get(0).id();
            int start = TEXT.indexOf("NATO expansion worries Moscow.");
            TextSpan span = new TextSpan(start, start + "NATO expansion worries Moscow.".length());

            MergePlan plan = ours.merges().plan(coding, other.narrowedTo(doc, span, "mood / FEAR"), null);
            assertThat(plan.newTagPaths()).containsExactly("Mood", "Mood / Fear");
            ours.merges().merge(plan, true);

            Map<Long, String> paths = ours.analysis().coding().tagPaths();
            assertThat(codings(ours.passages().list(), paths))
                    .containsExactly("NATO expansion worries Moscow. = Mood / Fear");
            assertThat(ours.tags().list()).extracting(Tag::name).containsExactlyInAnyOrder("Mood", "Fear");
        }
    }

    @Test
    void aMergeRefusesWhenTheirPassagesAreOnASourceThisProjectLacks() throws Exception {
        Path source = source();
        Path extra = Files.writeString(dir.resolve("other.txt"), "Another source entirely.", StandardCharsets.UTF_8);
        Path theirsFile;
        try (Project theirs = project("theirs", source)) {
            Document second = theirs.sources().importFile(extra).document();
            Tag trust = theirs.tags().add("Trust", null, null, null);
            theirs.passages().create(second.id(), new TextSpan(0, 7), List.of(trust.id()), "");
            theirsFile = theirs.path();
        }
        try (Project ours = project("ours", source)) {
            CodingSnapshot coding = ours.analysis().coding();
            SecondCoder other = ours.analysis().openSecondCoder(theirsFile, coding);
            assertThatThrownBy(() -> ours.merges().merge(ours.merges().plan(coding, other, null), true))
                    .isInstanceOf(ProjectException.class).hasMessageContaining("Another source");
            assertThat(ours.passages().list()).isEmpty();
        }
    }

    @Test
    void agreementIsCountedPerTagUnderOurNamesCharacterByCharacter() throws Exception {
        Path source = source();
        Path theirsFile;
        try (Project theirs = project("theirs", source)) {
            Tag trust = theirs.tags().add("TRUST", null, null, null);
            mark(theirs, "We trust", trust);
            theirsFile = theirs.path();
        }
        try (Project ours = project("ours", source)) {
            Tag trust = ours.tags().add("Trust", null, null, null);
            mark(ours, "We trust the partner.", trust);
            CodingSnapshot coding = ours.analysis().coding();
            SecondCoder other = ours.analysis().openSecondCoder(theirsFile, coding);
            Agreement agreement = ours.analysis().agreement(coding, other, null, false);
            // "We trust" (8 characters) both; " the partner." (13) ours only; the other 56 characters neither.
            assertThat(agreement.perTag()).containsOnlyKeys("Trust");
            assertThat(agreement.overall().both()).isEqualTo(8);
            assertThat(agreement.overall().firstOnly()).isEqualTo(13);
            assertThat(agreement.overall().secondOnly()).isZero();
            assertThat(agreement.overall().neither()).isEqualTo(TEXT.length() - 21);
            assertThat(ours.analysis().disagreements(coding, other)).hasSize(1);
        }
    }

    private static List<String> codings(List<Annotation> passages, Map<Long, String> paths) {
        List<String> codings = new ArrayList<>();
        for (Annotation a : passages) {
            a.tagIds().forEach(t -> codings.add(a.quote() + " = " + paths.get(t)));
        }
        return codings;
    }
}
