package org.marginalia.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marginalia.importer.ImportException.Reason;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.SourceType;

class TextImporterTest {

    private static final String LATIN = "Café in München: Ærø, naïve façade, Straße, £5 – “quoted” text.\n";

    private final TextImporter text = TextImporter.plainText();

    @Test
    void utf8TextIsKeptExactly() {
        String content = "Title\n\n  indented line with trailing space \n\tTabbed\n";

        assertThat(text.read("a.txt", utf8(content)).text()).isEqualTo(content);
    }

    @Test
    void aUtf8ByteOrderMarkIsDropped() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("Hello\n"));

        ImportedSource source = text.read("bom.txt", bytes);

        assertThat(source.text()).isEqualTo("Hello\n");
        assertThat(source.metadata().title()).isEqualTo("Hello");
    }

    @Test
    void windows1252TextIsDecoded() {
        String content = LATIN.repeat(3);

        assertThat(text.read("cp1252.txt", content.getBytes(Charset.forName("windows-1252"))).text())
                .isEqualTo(content);
    }

    @Test
    void textThatIsNotUtf8IsImportedWithAWarningThatSaysHowItWasRead() {
        byte[] bytes = "Caf\u00e9 cr\u00e8me, na\u00efve r\u00e9sum\u00e9\n".getBytes(Charset.forName("windows-1252"));

        ImportedSource source = text.read("menu.txt", bytes);

        assertThat(source.warnings()).singleElement().satisfies(w -> assertThat(w)
                .contains("menu.txt").contains("not valid UTF-8").contains("5 characters").contains("read as"));
    }

    @Test
    void validUtf8HasNoWarning() {
        assertThat(text.read("ok.txt", utf8("Caf\u00e9\n")).warnings()).isEmpty();
    }

    @Test
    void latin1TextIsDecoded() {
        String content = "Les élèves de l'école à Besançon ont reçu un prix.\nÖsterreich, Ærø, Ñandú.\n";

        assertThat(text.read("latin1.txt", content.getBytes(StandardCharsets.ISO_8859_1)).text())
                .isEqualTo(content);
    }

    @Test
    void aCyrillicCodePageIsRecognisedByItsLetters() {
        String content = "Путин: Россия могла бы стать союзником НАТО. Буш ответил, что подумает.\n";

        assertThat(text.read("memo-ru.txt", content.getBytes(Charset.forName("windows-1251"))).text())
                .isEqualTo(content);
    }

    @Test
    void utf16WithByteOrderMarkIsDecodedAndTheMarkDropped() {
        String content = "Перевод: Russia could be an ally 𝔘\n";

        assertThat(text.read("le.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                content.getBytes(StandardCharsets.UTF_16LE))).text()).isEqualTo(content);
        assertThat(text.read("be.txt", content.getBytes(StandardCharsets.UTF_16)).text()).isEqualTo(content);
    }

    @Test
    void utf16WithoutByteOrderMarkIsRecognisedByItsZeroBytes() {
        String content = "Perhaps Russia could be an ally, said the President. Café.\n";

        assertThat(text.read("le.txt", content.getBytes(StandardCharsets.UTF_16LE)).text()).isEqualTo(content);
        assertThat(text.read("be.txt", content.getBytes(StandardCharsets.UTF_16BE)).text()).isEqualTo(content);
    }

    @Test
    void utf32WithByteOrderMarkIsDecoded() {
        String content = "Thirty-two bits 😀\n";
        byte[] mark = {0, 0, (byte) 0xFE, (byte) 0xFF};
        byte[] bytes = concat(mark, content.getBytes(Charset.forName("UTF-32BE")));

        assertThat(text.read("wide.txt", bytes).text()).isEqualTo(content);
    }

    @Test
    void crlfAndLoneCrBecomeLineFeedsAndNothingElseChanges() {
        byte[] bytes = utf8("  first  \r\nsecond\rthird\r\n\r\n last ");

        assertThat(text.read("dos.txt", bytes).text()).isEqualTo("  first  \nsecond\nthird\n\n last ");
    }

    @Test
    void combiningMarksAndAstralCharactersAreNotNormalised() {
        String content = "Cafe\u0301 Ame\u0301lie 😀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u212B A\u030A\n";

        ImportedSource source = text.read("marks.txt", utf8(content));

        assertThat(source.text()).isEqualTo(content);
        assertThat(source.text().length()).isEqualTo(content.length());
    }

    @Test
    void anEmptyFileIsEmpty() {
        assertThatThrownBy(() -> text.read("nothing.txt", new byte[0]))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY))
                .hasMessageContaining("nothing.txt");
    }

    @Test
    void aFileOfWhiteSpaceIsEmpty() {
        assertThatThrownBy(() -> text.read("blank.txt", utf8(" \r\n\t\n  ")))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
    }

    @Test
    void binaryGarbageIsRefusedAsDamaged() {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);

        assertThatThrownBy(() -> text.read("photo.txt", garbage))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED))
                .hasMessageContaining("photo.txt")
                .hasMessageContaining("binary");
    }

    @Test
    void controlCharactersWithoutZeroBytesAreRefusedAsDamaged() {
        byte[] controls = new byte[400];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 2 == 0 ? 'a' : 1 + i % 8);
        }

        assertThatThrownBy(() -> text.read("odd.txt", controls))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED));
    }

    @Test
    void theTitleIsTheFirstLineThatSaysSomething() {
        String content = "\n\n   Skip to content\n  ----\n  Minutes of 16 June  \nbody";

        ImportedSource source = text.read("notes.txt", utf8(content));

        assertThat(source.metadata().title()).isEqualTo("Minutes of 16 June");
    }

    @Test
    void aLongFirstLineIsCutForTheTitle() {
        String line = "word ".repeat(100);

        String title = text.read("long.txt", utf8(line + "\nbody")).metadata().title();

        assertThat(title).hasSizeLessThanOrEqualTo(Titles.MAX_LENGTH + 1).startsWith("word word");
    }

    @Test
    void withoutWordsTheFileNameIsTheTitle() {
        assertThat(text.read("1961-04-12 memo.txt", utf8("* * *\n---\n")).metadata().title())
                .isEqualTo("1961-04-12 memo");
    }

    @Test
    void markdownKeepsItsMarkupButItsTitleDoesNot() {
        String content = "# The Ljubljana summit #\n\nPutin said *Russia could be an ally*.\n";

        ImportedSource source = TextImporter.markdown().read("summit.md", utf8(content));

        assertThat(source.type()).isEqualTo(SourceType.MARKDOWN);
        assertThat(source.text()).isEqualTo(content);
        assertThat(source.metadata().title()).isEqualTo("The Ljubljana summit");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
