package org.marginalia.compare;

import java.util.Set;

/** English function words, which matching counts for little because every passage has them. */
final class StopWords {

    private static final Set<String> WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "as", "at", "by", "for",
            "from", "in", "into", "of", "off", "on", "onto", "out", "over", "to", "up", "upon", "with", "within",
            "without", "about", "after", "before", "between", "through", "during", "under", "against", "among",
            "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its", "they",
            "them", "their", "this", "that", "these", "those", "who", "whom", "whose", "which", "what", "when",
            "where", "why", "how", "all", "any", "both", "each", "few", "more", "most", "other", "some", "such",
            "no", "not", "only", "own", "same", "too", "very", "can", "could", "will", "would", "shall", "should",
            "may", "might", "must", "do", "does", "did", "done", "be", "been", "being", "am", "is", "are", "was",
            "were", "have", "has", "had", "having", "there", "here", "also", "just", "now", "again", "further",
            "once", "because", "while", "until", "unto", "ye", "thy", "thee", "hath", "doth", "it's", "that's");

    private StopWords() {
    }

    static boolean contains(String norm) {
        return WORDS.contains(norm);
    }
}
