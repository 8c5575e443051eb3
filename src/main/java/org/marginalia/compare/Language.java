package org.marginalia.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.German2Stemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * The language a source is written in, as far as word matching cares: Lucene's Snowball stemmer and Snowball stop
 * list for it. A well-kept stemmer per language joins "allies"/"allied", "Verträge"/"Vertrag", "союзник"/"союзника"
 * where a hand-written English suffix stripper could only do English.
 */
public enum Language {
    ENGLISH("en", "english", EnglishStemmer::new),
    GERMAN("de", "german", German2Stemmer::new),
    FRENCH("fr", "french", FrenchStemmer::new),
    RUSSIAN("ru", "russian", RussianStemmer::new),
    SPANISH("es", "spanish", SpanishStemmer::new),
    ITALIAN("it", "italian", ItalianStemmer::new),
    PORTUGUESE("pt", "portuguese", PortugueseStemmer::new),
    DUTCH("nl", "dutch", DutchStemmer::new);

    /** Archaic English function words the Snowball list lacks but historical sources are full of. */
    private static final String[] EARLY_MODERN_ENGLISH = {"ye", "thy", "thee", "hath", "doth", "unto", "upon", "shall"};

    private final String code;
    private final String snowballName;
    private final Supplier<SnowballStemmer> stemmers;
    private volatile CharArraySet stopWords;

    Language(String code, String snowballName, Supplier<SnowballStemmer> stemmers) {
        this.code = code;
        this.snowballName = snowballName;
        this.stemmers = stemmers;
    }

    /** The ISO 639-1 code, as stored with a source and typed in {@code meta --set language=xx}. */
    public String code() {
        return code;
    }

    /** The language of an ISO 639-1 code (case ignored), or English when the code names none this knows. */
    public static Language ofCode(String code) {
        if (code != null) {
            String wanted = code.trim().toLowerCase(Locale.ROOT);
            for (Language language : values()) {
                if (language.code.equals(wanted)) {
                    return language;
                }
            }
        }
        return ENGLISH;
    }

    /** Whether {@code code} names a language this knows. */
    public static boolean known(String code) {
        return code != null && ofCode(code).code.equals(code.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * The language whose function words make up most of {@code text}'s first words, English when none stands out:
     * function words are a tenth to a half of any running text, and the Snowball lists barely overlap.
     */
    public static Language detect(String text) {
        String sample = text.length() > 20_000 ? text.substring(0, 20_000) : text;
        String[] words = sample.toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
        Language best = ENGLISH;
        int bestCount = 0;
        for (Language language : values()) {
            int count = 0;
            for (String word : words) {
                count += !word.isEmpty() && language.isStopWord(word) ? 1 : 0;
            }
            if (count > bestCount * 1.2) {
                best = language;
                bestCount = count;
            }
        }
        return best;
    }

    /** A new stemmer; Snowball stemmers hold state, so each thread or tokenizer takes its own. */
    SnowballStemmer newStemmer() {
        return stemmers.get();
    }

    /** Whether a case-folded word is one of the language's function words. */
    boolean isStopWord(String norm) {
        return stopWords().contains(norm);
    }

    CharArraySet stopWords() {
        CharArraySet set = stopWords;
        if (set == null) {
            set = load();
            stopWords = set;
        }
        return set;
    }

    private CharArraySet load() {
        String resource = "org/apache/lucene/analysis/snowball/" + snowballName + "_stop.txt";
        try (InputStream in = SnowballFilter.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Lucene's stop list " + resource + " is missing from the class path");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                CharArraySet set = new CharArraySet(WordlistLoader.getSnowballWordSet(reader), false);
                if (this == ENGLISH) {
                    for (String word : EARLY_MODERN_ENGLISH) {
                        set.add(word);
                    }
                }
                return CharArraySet.unmodifiableSet(set);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read Lucene's stop list " + resource, e);
        }
    }
}
