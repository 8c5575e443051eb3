package org.marginalia.bench;

import java.util.Random;

/**
 * Deterministic text that reads like English to a tokenizer: words of English-like length and frequency (a few
 * common words, a long tail), sentences of 6 to 24 words, paragraphs of 3 to 7 sentences. Same seed, same text.
 */
final class PseudoEnglish {

    private static final String[] COMMON = {"the", "of", "and", "to", "a", "in", "that", "is", "was", "he", "for",
        "it", "with", "as", "his", "on", "be", "at", "by", "had", "not", "are", "but", "from", "or", "have", "an",
        "they", "which", "one", "you", "were", "her", "all", "she", "there", "would", "their", "we", "him", "been"};
    private static final String[] ONSETS = {"b", "c", "d", "f", "g", "h", "l", "m", "n", "p", "r", "s", "t", "v",
        "w", "br", "ch", "cl", "dr", "gr", "pl", "pr", "sh", "st", "str", "th", "tr"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ea", "ai", "ou", "io"};
    private static final String[] CODAS = {"", "", "n", "r", "s", "t", "l", "nd", "st", "ng", "ck", "rt"};
    private static final int VOCABULARY = 5_000;

    private final Random random;
    private final String[] words = new String[VOCABULARY];

    PseudoEnglish(long seed) {
        random = new Random(seed);
        for (int i = 0; i < VOCABULARY; i++) {
            StringBuilder word = new StringBuilder();
            int syllables = 1 + random.nextInt(3);
            for (int s = 0; s < syllables; s++) {
                word.append(pick(ONSETS)).append(pick(VOWELS)).append(pick(CODAS));
            }
            words[i] = word.toString();
        }
    }

    /** About {@code chars} characters of paragraphs, ending at a sentence. */
    String text(int chars) {
        StringBuilder out = new StringBuilder(chars + 200);
        while (out.length() < chars) {
            int sentences = 3 + random.nextInt(5);
            for (int s = 0; s < sentences && out.length() < chars; s++) {
                out.append(sentence()).append(' ');
            }
            out.setLength(out.length() - 1);
            out.append("\n\n");
        }
        return out.toString();
    }

    String sentence() {
        int length = 6 + random.nextInt(19);
        StringBuilder sentence = new StringBuilder();
        for (int w = 0; w < length; w++) {
            String word = word();
            sentence.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            sentence.append(w + 1 < length ? (random.nextInt(12) == 0 ? ", " : " ") : ".");
        }
        return sentence.toString();
    }

    private String word() {
        if (random.nextInt(100) < 40) {
            return COMMON[random.nextInt(COMMON.length)];
        }
        // Squaring skews choices towards the first words, giving the long tail real vocabularies have.
        double skew = random.nextDouble();
        return words[(int) (skew * skew * VOCABULARY)];
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
