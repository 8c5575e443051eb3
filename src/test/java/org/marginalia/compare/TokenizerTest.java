package org.marginalia.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> norms(String text) {
        return tokenizer.tokenize(text).stream().map(Token::norm).toList();
    }

    private List<String> stems(String text) {
        return tokenizer.tokenize(text).stream().map(Token::stem).toList();
    }

    @Test
    void foldsCaseQuotesHyphensAndAccents() {
        assertThat(norms("“Russia’s” Multi-Ethnic state, RUSSIA's café — 𝔘nion ﬁne"))
                .containsExactly("russia's", "multiethnic", "state", "russia's", "cafe", "union", "fine");
        assertThat(norms("multi-\nethnic and multi-\nEthnic")).containsExactly("multiethnic", "and", "multi", "ethnic");
        assertThat(norms("1954-2001 COVID-19")).containsExactly("1954", "2001", "covid19");
    }

    @Test
    void spansPointAtTheWordsIncludingAstralLetters() {
        String text = "😀 The 𝔘nion, co-operated!";
        assertThat(tokenizer.tokenize(text)).extracting(t -> t.span().of(text))
                .containsExactly("The", "𝔘nion", "co-operated");
        tokenizer.tokenize(text).forEach(t -> t.span().checkWithin(text));
    }

    @Test
    void stemsJoinInflectedForms() {
        assertThat(stems("allies allied ally")).containsOnly("alli");
        assertThat(stems("enlargement enlarging enlarge")).containsOnly("enlarg");
        assertThat(stems("members member")).containsOnly("member");
        assertThat(stems("stopped stopping stops")).containsOnly("stop");
        assertThat(stems("countries country")).containsOnly("countri");
        assertThat(stems("Russia's Russia")).containsOnly("russia");
    }

    @Test
    void otherLanguagesStemAndStopWithTheirOwnRules() {
        Tokenizer german = new Tokenizer(Language.GERMAN);
        assertThat(german.tokenize("Verträge Vertrag")).extracting(Token::stem).containsOnly("vertrag");
        assertThat(german.tokenize("und der Vertrag")).extracting(Token::stopWord).containsExactly(true, true, false);
        Tokenizer russian = new Tokenizer(Language.RUSSIAN);
        assertThat(russian.tokenize("союзника союзник")).extracting(Token::stem).containsOnly("союзник");
    }

    @Test
    void marksStopWords() {
        assertThat(tokenizer.tokenize("the alliance of nations")).extracting(Token::stopWord)
                .containsExactly(true, false, true, false);
    }
}
