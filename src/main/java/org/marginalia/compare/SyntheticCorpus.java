package org.marginalia.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.marginalia.model.TextSpan;

/**
 * A deterministic pseudo-English text and a perturbed paraphrase of it, for benchmarking: every sentence of the
 * original has a known counterpart in the paraphrase, with synonyms swapped, words dropped and inserted, and
 * neighbouring sentences now and then swapped.
 */
final class SyntheticCorpus {

    private static final String[] FUNCTION_WORDS = {
        "the", "of", "and", "to", "a", "in", "that", "is", "was", "he", "for", "it", "with", "as", "his", "on", "be",
        "at", "by", "had", "not", "are", "but", "from", "or", "have", "an", "they", "which", "one", "were", "all",
        "we", "their", "there", "been", "if", "would", "so", "no", "into", "could", "than", "its", "our", "these"};
    private static final String[] CONTENT_WORDS = (
            "nation treaty army council king people war peace law land trade church river city border letter "
            + "minister emperor alliance crown court soldier harbour province revenue tax parliament colony charter "
            + "liberty union senate governor merchant fleet siege castle bishop assembly republic declaration "
            + "commerce frontier rebellion reform envoy embassy garrison famine harvest plague navy vessel coast "
            + "island mountain valley forest village estate noble peasant labour wage price market bank debt loan "
            + "record archive chronicle witness report rumour speech promise oath vote election office party "
            + "faction leader enemy ally friend stranger journey road bridge wall gate tower palace temple school "
            + "student teacher doctor lawyer judge prison crime punishment pardon justice freedom power authority "
            + "decide argue refuse accept demand offer send receive build destroy defend attack capture surrender "
            + "sign break keep hold carry follow lead rule govern protect serve betray trust fear hope believe "
            + "ancient great small long short strong weak rich poor young old new early late public private "
            + "foreign native northern southern eastern western royal holy common final sudden quiet bitter")
            .split(" ");
    private static final String[] SYLLABLES = {
        "ka", "ro", "ten", "mi", "sal", "dor", "ve", "lin", "tha", "gor", "pe", "sun", "bri", "mar", "ol", "nes",
        "qua", "zen", "fo", "rid", "lu", "cam", "ter", "vio", "ash", "del", "pri", "mon", "sta", "gue"};

    final String original;
    final String paraphrase;
    /** For each sentence of the original: its span there and its counterpart's span in the paraphrase. */
    final List<TextSpan[]> pairs = new ArrayList<>();

    SyntheticCorpus(long seed, int words) {
        Random random = new Random(seed);
        String[] vocabulary = vocabulary(random, 6000);
        List<List<String>> sentences = new ArrayList<>();
        int total = 0;
        while (total < words) {
            List<String> sentence = sentence(random, vocabulary);
            sentences.add(sentence);
            total += sentence.size();
        }
        List<List<String>> perturbed = new ArrayList<>();
        for (List<String> sentence : sentences) {
            perturbed.add(perturb(random, sentence, vocabulary));
        }
        int[] order = new int[sentences.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = 0; i + 1 < order.length; i++) {
            if (random.nextDouble() < 0.1) {
                int swap = order[i];
                order[i] = order[i + 1];
                order[i + 1] = swap;
                i++;
            }
        }
        StringBuilder a = new StringBuilder();
        TextSpan[] aSpans = new TextSpan[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            aSpans[i] = append(a, sentences.get(i), random);
        }
        StringBuilder b = new StringBuilder();
        TextSpan[] bSpans = new TextSpan[sentences.size()];
        for (int index : order) {
            bSpans[index] = append(b, perturbed.get(index), random);
        }
        for (int i = 0; i < sentences.size(); i++) {
            pairs.add(new TextSpan[] {aSpans[i], bSpans[i]});
        }
        original = a.toString();
        paraphrase = b.toString();
    }

    private static String[] vocabulary(Random random, int size) {
        String[] out = new String[size];
        for (int i = 0; i < size; i++) {
            if (i < CONTENT_WORDS.length) {
                out[i] = CONTENT_WORDS[i];
            } else {
                StringBuilder word = new StringBuilder();
                int syllables = 2 + random.nextInt(3);
                for (int s = 0; s < syllables; s++) {
                    word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
                }
                out[i] = word.toString();
            }
        }
        return out;
    }

    /** A content word by a Zipf-like law, so some words are common and most are rare, as in prose. */
    private static String contentWord(Random random, String[] vocabulary) {
        double u = random.nextDouble();
        int rank = (int) Math.floor(Math.pow(vocabulary.length + 10, u)) - 1;
        return vocabulary[Math.max(0, Math.min(vocabulary.length - 1, rank))];
    }

    private static List<String> sentence(Random random, String[] vocabulary) {
        int length = 8 + random.nextInt(17);
        List<String> out = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            out.add(random.nextDouble() < 0.45
                    ? FUNCTION_WORDS[random.nextInt(FUNCTION_WORDS.length)] : contentWord(random, vocabulary));
        }
        return out;
    }

    private static List<String> perturb(Random random, List<String> sentence, String[] vocabulary) {
        List<String> out = new ArrayList<>();
        for (String word : sentence) {
            double roll = random.nextDouble();
            if (roll < 0.10) {
                continue;
            }
            if (roll < 0.25) {
                out.add(synonym(word, vocabulary));
            } else {
                out.add(word);
            }
            if (random.nextDouble() < 0.08) {
                out.add(random.nextBoolean()
                        ? FUNCTION_WORDS[random.nextInt(FUNCTION_WORDS.length)] : contentWord(random, vocabulary));
            }
        }
        return out.isEmpty() ? List.of(sentence.get(0)) : out;
    }

    /** A stable stand-in synonym: another word of the vocabulary, always the same one for a given word. */
    private static String synonym(String word, String[] vocabulary) {
        return vocabulary[Math.floorMod(word.hashCode() * 31 + 7, vocabulary.length)];
    }

    private static TextSpan append(StringBuilder text, List<String> words, Random random) {
        if (text.length() > 0) {
            text.append(random.nextDouble() < 0.15 ? "\n\n" : " ");
        }
        int start = text.length();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            text.append(i == 0 ? word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1) : word);
            text.append(i + 1 == words.size() ? "." : i > 3 && random.nextDouble() < 0.07 ? ", " : " ");
        }
        return new TextSpan(start, text.length());
    }
}
