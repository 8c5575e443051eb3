package org.marginalia.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import org.marginalia.model.StatsTable;

/** Turns analysis results into tables of text for CSV files, reports and the terminal. */
public final class StatsTables {

    private StatsTables() {
    }

    /** One row per tag: its passages in all selected sources. */
    public static StatsTable frequencies(CodeCounts counts, LongFunction<String> tagName) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < counts.tagIds().size(); r++) {
            rows.add(List.of(tagName.apply(counts.tagIds().get(r)), Integer.toString(counts.total(r))));
        }
        return new StatsTable("Tag frequencies", List.of("tag", "passages"), rows);
    }

    /** The code × source matrix: one row per tag, one column per source, and the total. */
    public static StatsTable bySource(CodeCounts counts, LongFunction<String> tagName,
            LongFunction<String> sourceTitle) {
        List<String> header = new ArrayList<>(List.of("tag"));
        counts.sourceIds().forEach(id -> header.add(sourceTitle.apply(id)));
        header.add("total");
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < counts.tagIds().size(); r++) {
            List<String> row = new ArrayList<>(List.of(tagName.apply(counts.tagIds().get(r))));
            for (int c = 0; c < counts.sourceIds().size(); c++) {
                row.add(Integer.toString(counts.count(r, c)));
            }
            row.add(Integer.toString(counts.total(r)));
            rows.add(row);
        }
        return new StatsTable("Tags by source", header, rows);
    }

    /** The co-occurrence matrix, counts or Jaccard coefficients (three decimals). */
    public static StatsTable cooccurrence(CooccurrenceMatrix matrix, LongFunction<String> tagName, boolean jaccard) {
        List<String> header = new ArrayList<>(List.of("tag"));
        matrix.tagIds().forEach(id -> header.add(tagName.apply(id)));
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < matrix.tagIds().size(); r++) {
            List<String> row = new ArrayList<>(List.of(tagName.apply(matrix.tagIds().get(r))));
            for (int c = 0; c < matrix.tagIds().size(); c++) {
                row.add(jaccard ? decimal(matrix.jaccard(r, c)) : Integer.toString(matrix.count(r, c)));
            }
            rows.add(row);
        }
        return new StatsTable("Co-occurrence (" + matrix.unit().word() + (jaccard ? ", Jaccard" : ", count") + ")",
                header, rows);
    }

    /** One row per source with its dates as written and as read, and its passages per tag. */
    public static StatsTable timeline(Timeline timeline, List<Long> tagIds, LongFunction<String> tagName) {
        List<String> header = new ArrayList<>(List.of("source", "date", "date_from", "date_to", "event_date",
                "event_from", "event_to"));
        tagIds.forEach(id -> header.add(tagName.apply(id)));
        List<List<String>> rows = new ArrayList<>();
        for (TimelineEntry e : timeline.entries()) {
            List<String> row = new ArrayList<>(List.of(e.title(), e.documentDateText(), from(e.documentDate()),
                    to(e.documentDate()), e.eventDateText(), from(e.eventDate()), to(e.eventDate())));
            tagIds.forEach(id -> row.add(Integer.toString(e.tagCounts().getOrDefault(id, 0))));
            rows.add(row);
        }
        return new StatsTable("Timeline", header, rows);
    }

    /** Percent agreement, κ and α per tag, then over all tags. */
    public static StatsTable agreement(Agreement agreement) {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, AgreementTable> e : agreement.perTag().entrySet()) {
            rows.add(agreementRow(e.getKey(), e.getValue()));
        }
        rows.add(agreementRow("(all tags)", agreement.overall()));
        return new StatsTable("Agreement" + (agreement.excludeUncoded() ? " (uncoded text excluded)" : ""),
                List.of("tag", "both", "first_only", "second_only", "neither", "percent_agreement", "cohens_kappa",
                        "krippendorffs_alpha"), rows);
    }

    private static List<String> agreementRow(String tag, AgreementTable t) {
        return List.of(tag, Long.toString(t.both()), Long.toString(t.firstOnly()), Long.toString(t.secondOnly()),
                Long.toString(t.neither()), decimal(100 * t.percentAgreement()), decimal(t.cohensKappa()),
                decimal(t.krippendorffsAlpha()));
    }

    static String decimal(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String from(DateRange range) {
        return range == null ? "" : range.first().toString();
    }

    private static String to(DateRange range) {
        return range == null ? "" : range.last().toString();
    }
}
