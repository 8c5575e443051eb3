package org.marginalia.compare;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marginalia.model.TextSpan;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Cuts a text into {@link Token}s: runs of letters and digits, with spans into the original text.
 *
 * <p>Normalisation is what lets a paraphrase meet its source despite typography: words are case-folded; accents,
 * ligatures and mathematical letters are folded to plain letters (NFKD, marks dropped: "𝔘" → "u"); curly and
 * straight apostrophes are one ("Russia’s" = "Russia's"); a hyphen after a letter joins the word and disappears
 * ("multi-ethnic" = "multiethnic", "COVID-19" = "covid19"), including a hyphen at a line break ("multi-\nethnic");
 * a hyphen between digits separates ("1954-2001"). Punctuation, quote marks,
 * emoji and other symbols are not words. Stems and stop words are the {@link Language}'s (Lucene's Snowball
 * stemmer and stop list); a possessive "'s" and inner apostrophes are dropped before stemming.
 */
public final class Tokenizer {

    private final Language language;
    private final SnowballStemmer stemmer;

    /** A tokenizer for English. */
    public Tokenizer() {
        this(Language.ENGLISH);
    }

    /** A tokenizer for sources written in {@code language}. */
    public Tokenizer(Language language) {
        this.language = language;
        this.stemmer = language.newStemmer();
    }

    /** The language whose stems and stop words this tokenizer gives. */
    public Language language() {
        return language;
    }

    /** The words of {@code text} in reading order. */
    public List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        StringBuilder norm = new StringBuilder();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int end = i;
            boolean ascii = true;
            norm.setLength(0);
            while (i < n) {
                cp = text.codePointAt(i);
                if (isWordChar(cp)) {
                    ascii &= cp < 128;
                    norm.appendCodePoint(cp);
                    i += Character.charCount(cp);
                    end = i;
                } else if (isApostrophe(cp) && i + 1 < n && Character.isLetter(text.codePointAt(i + 1))) {
                    norm.append('\'');
                    i++;
                } else if (isHyphen(cp) && Character.isLetter(text.codePointBefore(i))) {
                    int next = afterHyphen(text, i + 1);
                    if (next < 0) {
                        break;
                    }
                    i = next;
                } else {
                    break;
                }
            }
            String folded = fold(norm.toString(), ascii);
            if (!folded.isEmpty()) {
                out.add(new Token(new TextSpan(start, end), folded, stem(folded), language.isStopWord(folded)));
            }
        }
        return out;
    }

    /** The stem of a folded word. Not thread-safe: a Snowball stemmer holds its word while it works. */
    String stem(String folded) {
        String word = folded.endsWith("'s") ? folded.substring(0, folded.length() - 2) : folded;
        if (word.indexOf('\'') >= 0) {
            word = word.replace("'", "");
        }
        synchronized (stemmer) {
            stemmer.setCurrent(word);
            stemmer.stem();
            return stemmer.getCurrent();
        }
    }

    private static String fold(String word, boolean ascii) {
        if (ascii) {
            return word.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints()
                .filter(cp -> isLetterOrDigit(cp) || cp == '\'')
                .map(Character::toLowerCase)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Where the word goes on after a hyphen, or -1 if the hyphen ends it. */
    private static int afterHyphen(String text, int from) {
        if (from < text.length() && isWordChar(text.codePointAt(from))) {
            return from;
        }
        int j = from;
        boolean lineBreak = false;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            lineBreak |= text.charAt(j) == '\n';
            j++;
        }
        return lineBreak && j < text.length() && Character.isLowerCase(text.codePointAt(j)) ? j : -1;
    }

    static boolean isWordChar(int cp) {
        return isLetterOrDigit(cp) || isMark(cp);
    }

    private static boolean isLetterOrDigit(int cp) {
        return Character.isLetterOrDigit(cp);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '’' || cp == 'ʼ';
    }

    static boolean isHyphen(int cp) {
        return cp == '-' || cp == '‐' || cp == '‑' || cp == '\u00AD';
    }
}
