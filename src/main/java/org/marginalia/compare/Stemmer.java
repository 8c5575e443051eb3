package org.marginalia.compare;

/**
 * A small English suffix stripper in the spirit of Porter's algorithm ("Porter-lite").
 *
 * <p>It only has to make inflected forms of one word meet, not produce dictionary words, so it does three of
 * Porter's steps in a simplified form: (1) plurals, possessives, {@code -ed}/{@code -ing} (with undoubling,
 * "stopped" → "stop") and final {@code -y} → {@code -i} ("allies", "allied", "ally" → "alli"); (2) a handful of
 * derivational endings ({@code -ational} → {@code -ate}, {@code -ment}, {@code -ship}, {@code -ness}, {@code -ally} …)
 * when at least four letters remain; (3) a final silent {@code -e} ("enlarge", "enlarging" → "enlarg"). Words of
 * three letters or fewer and words with non-ASCII letters are left alone. What it misses ("expansion" vs "expand")
 * the character-trigram similarity of {@link CounterpartFinder} partly catches.
 */
final class Stemmer {

    private static final String[][] DERIVATIONAL = {
        {"ational", "ate"}, {"ization", "ize"}, {"fulness", "ful"}, {"ousness", "ous"}, {"iveness", "ive"},
        {"ation", "ate"}, {"ously", "ous"}, {"ently", "ent"}, {"ively", "ive"}, {"fully", "ful"},
        {"ally", "al"}, {"ment", ""}, {"ness", ""}, {"ship", ""},
    };

    String stem(String word) {
        String s = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        if (s.indexOf('\'') >= 0) {
            s = s.replace("'", "");
        }
        if (s.length() <= 3 || !isAsciiLetters(s)) {
            return s;
        }
        s = stripInflection(s);
        for (String[] rule : DERIVATIONAL) {
            if (s.endsWith(rule[0]) && s.length() - rule[0].length() >= 4) {
                s = s.substring(0, s.length() - rule[0].length()) + rule[1];
                break;
            }
        }
        if (s.length() > 3 && s.endsWith("y") && !isVowel(s.charAt(s.length() - 2))) {
            s = s.substring(0, s.length() - 1) + "i";
        }
        if (s.length() > 4 && s.endsWith("e")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static String stripInflection(String s) {
        if (s.endsWith("sses")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("ies") && s.length() > 4) {
            s = s.substring(0, s.length() - 3) + "i";
        } else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith("ied") && s.length() > 4) {
            return s.substring(0, s.length() - 3) + "i";
        }
        if (s.endsWith("eed")) {
            return s;
        }
        if (s.endsWith("ed") && s.length() > 4 && hasVowel(s, s.length() - 2)) {
            return undouble(s.substring(0, s.length() - 2));
        }
        if (s.endsWith("ing") && s.length() > 5 && hasVowel(s, s.length() - 3)) {
            return undouble(s.substring(0, s.length() - 3));
        }
        return s;
    }

    private static String undouble(String s) {
        int n = s.length();
        char last = s.charAt(n - 1);
        if (n >= 4 && last == s.charAt(n - 2) && !isVowel(last) && "lsz".indexOf(last) < 0) {
            return s.substring(0, n - 1);
        }
        return s;
    }

    private static boolean hasVowel(String s, int end) {
        for (int i = 0; i < end; i++) {
            if (isVowel(s.charAt(i)) || (i > 0 && s.charAt(i) == 'y')) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean isAsciiLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
