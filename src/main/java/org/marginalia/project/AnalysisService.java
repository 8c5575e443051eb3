package org.marginalia.project;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.marginalia.analysis.Agreement;
import org.marginalia.analysis.AgreementCalculator;
import org.marginalia.analysis.CodeCounter;
import org.marginalia.analysis.CodeCounts;
import org.marginalia.analysis.CodedSpan;
import org.marginalia.analysis.CooccurrenceCounter;
import org.marginalia.analysis.CooccurrenceMatrix;
import org.marginalia.analysis.CooccurrenceUnit;
import org.marginalia.analysis.Disagreement;
import org.marginalia.analysis.DisagreementFinder;
import org.marginalia.analysis.Selection;
import org.marginalia.analysis.TagKeys;
import org.marginalia.analysis.TagMatcher;
import org.marginalia.analysis.Timeline;
import org.marginalia.analysis.TimelineBuilder;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.StatsTable;
import org.marginalia.store.ProjectFile;

/**
 * The analysis of the coding: frequencies, co-occurrence, the code × source matrix, the timeline, and the agreement
 * with a second coder's project. Each call reads what it needs in one transaction; the sums are pure functions of
 * {@code org.marginalia.analysis}.
 */
public final class AnalysisService {

    private final ProjectFile file;
    private final SourceService sources;

    AnalysisService(ProjectFile file, SourceService sources) {
        this.file = file;
        this.sources = sources;
    }

    /**
     * The sources, codebook and passages, read together so the figures agree with each other. The passages come
     * without their quotes and context, which no figure needs and which are most of a large project's size.
     */
    public CodingSnapshot coding() {
        return file.inTransaction(tx -> new CodingSnapshot(file.name(), tx.documents().all(), tx.tags().all(),
                tx.annotations().allWithoutText()));
    }

    public CodeCounts codeCounts(CodingSnapshot coding, Selection selection) {
        return CodeCounter.count(coding.tagIds(), coding.sourceIds(), coding.passages(), selection);
    }

    /** Reads the texts of the sources only for the sentence and paragraph units. */
    public CooccurrenceMatrix cooccurrence(CodingSnapshot coding, CooccurrenceUnit unit, Selection selection) {
        Map<Long, String> texts = new HashMap<>();
        return CooccurrenceCounter.count(coding.tagIds(), coding.passages(),
                id -> texts.computeIfAbsent(id, sources::text), unit, selection);
    }

    public Timeline timeline(CodingSnapshot coding, Selection selection) {
        return TimelineBuilder.build(coding.sources(), coding.passages(), selection);
    }

    /**
     * Reads another coder's project as a read-only second layer: its sources are matched to ours by the SHA-256 of
     * their original file, its tags to ours by path, then by name (see {@link TagMatcher}).
     */
    public SecondCoder openSecondCoder(Path other, CodingSnapshot ours) {
        if (other.toAbsolutePath().normalize().equals(file.path().toAbsolutePath().normalize())) {
            throw new ProjectException(ProjectException.Reason.INVALID,
                    "The second coder's project " + other + " is this project itself");
        }
        CodingSnapshot theirs;
        try (ProjectFile otherFile = ProjectFile.open(other)) {
            theirs = otherFile.inTransaction(tx -> new CodingSnapshot(otherFile.name(), tx.documents().all(),
                    tx.tags().all(), tx.annotations().allWithoutText()));
        }
        Map<String, Long> ourByHash = new HashMap<>();
        ours.sources().forEach(d -> ourByHash.putIfAbsent(d.sha256(), d.id()));
        Map<Long, Long> sourceMatch = new HashMap<>();
        for (Document d : theirs.sources()) {
            Long match = ourByHash.get(d.sha256());
            if (match != null) {
                sourceMatch.put(d.id(), match);
            }
        }
        Map<String, Optional<String>> tagMatch = TagMatcher.match(List.copyOf(ours.tagPaths().values()),
                List.copyOf(theirs.tagPaths().values()));
        return new SecondCoder(other, theirs, sourceMatch, tagMatch);
    }

    /** Our coding on the sources both projects share, in the second coder's terms (tag paths). */
    public List<CodedSpan> ourCodedSpans(CodingSnapshot ours, SecondCoder other) {
        Set<Long> shared = Set.copyOf(other.sourceMatch().values());
        Map<Long, String> paths = ours.tagPaths();
        return ours.passages().stream().filter(p -> shared.contains(p.documentId()))
                .flatMap(p -> p.tagIds().stream().map(t -> new CodedSpan(p.documentId(), p.span(), paths.get(t))))
                .toList();
    }

    /**
     * Percent agreement, Cohen's κ and Krippendorff's α per tag and overall, character by character over the shared
     * sources (see {@link org.marginalia.analysis.AgreementTable}).
     *
     * @param onlyTag a tag path or name to restrict the figures to, or null for every tag
     */
    public Agreement agreement(CodingSnapshot ours, SecondCoder other, String onlyTag, boolean excludeUncoded) {
        Set<Long> shared = Set.copyOf(other.sourceMatch().values());
        Map<Long, Integer> lengths = ours.sources().stream().filter(d -> shared.contains(d.id()))
                .collect(Collectors.toMap(Document::id, Document::textLength));
        List<CodedSpan> first = ourCodedSpans(ours, other);
        List<CodedSpan> second = other.codedSpans();
        if (onlyTag != null) {
            first = only(first, onlyTag);
            second = only(second, onlyTag);
            if (first.isEmpty() && second.isEmpty()) {
                throw new ProjectException(ProjectException.Reason.NOT_FOUND,
                        "Neither coder used a tag '" + onlyTag + "' on the shared sources");
            }
        }
        return AgreementCalculator.compute(lengths, first, second, excludeUncoded);
    }

    public List<Disagreement> disagreements(CodingSnapshot ours, SecondCoder other) {
        return DisagreementFinder.find(ourCodedSpans(ours, other), other.codedSpans());
    }

    private static List<CodedSpan> only(List<CodedSpan> spans, String tag) {
        String key = TagKeys.of(tag);
        return spans.stream().filter(s -> TagKeys.of(s.tag()).equals(key)
                || TagKeys.of(s.tag()).endsWith("/" + key)).toList();
    }

    /** The passages of ours behind a list of ids, in the order given, for the table. */
    public static List<Annotation> passages(CodingSnapshot coding, List<Long> ids) {
        Map<Long, Annotation> byId = new HashMap<>();
        coding.passages().forEach(p -> byId.put(p.id(), p));
        return ids.stream().map(byId::get).filter(p -> p != null).toList();
    }

    /**
     * A tag name or source title (from an imported file's title) that a spreadsheet would run as a formula is
     * prefixed with {@code '}, as the passage CSV does; numbers, negative κ included, are written as they are.
     */
    static String cell(String value) {
        if (value.isEmpty() || "=+-@\t\r\0".indexOf(value.charAt(0)) < 0 || value.matches("-?\\d+(\\.\\d+)?")) {
            return value;
        }
        return "'" + value;
    }

    /** Writes a table as CSV (RFC 4180, UTF-8), completely or not at all. */
    public void exportCsv(Path out, StatsTable table) {
        ExportService.writeAtomically(out, stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
            csv.printRecord(table.header().stream().map(AnalysisService::cell).toList());
            for (List<String> row : table.rows()) {
                csv.printRecord(row.stream().map(AnalysisService::cell).toList());
            }
            csv.flush();
            return null;
        });
    }
}
