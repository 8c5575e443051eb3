package org.marginalia.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marginalia.model.WordBox;

/**
 * The words of one page as one value ({@code source_page.words}): version 1, the word count, then per word its UTF-8
 * text (length first), start and end offsets, and its box and confidence as doubles, so every figure comes back
 * exactly. Words are kept in text order (by start offset, ties in the order given), as the word rows were read.
 */
final class PageWordsCodec {

    private static final int VERSION = 1;
    /** Per word without its text: two ints and five doubles. */
    private static final int FIXED_BYTES = 2 * 4 + 5 * 8 + 4;

    private PageWordsCodec() {
    }

    static byte[] encode(List<WordBox> words) {
        List<WordBox> ordered = new ArrayList<>(words);
        ordered.sort(Comparator.comparingInt(WordBox::start));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8 + ordered.size() * (FIXED_BYTES + 8));
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeInt(ordered.size());
            for (WordBox word : ordered) {
                byte[] text = word.word().getBytes(StandardCharsets.UTF_8);
                out.writeInt(text.length);
                out.write(text);
                out.writeInt(word.start());
                out.writeInt(word.end());
                out.writeDouble(word.x());
                out.writeDouble(word.y());
                out.writeDouble(word.width());
                out.writeDouble(word.height());
                out.writeDouble(word.confidence());
            }
        } catch (IOException e) {
            // A ByteArrayOutputStream does not fail.
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /** @throws SQLException when the value is not one this class wrote */
    static List<WordBox> decode(byte[] value) throws SQLException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(value))) {
            int version = in.readUnsignedByte();
            if (version != VERSION) {
                throw new SQLException("page words of an unknown version " + version);
            }
            int count = in.readInt();
            if (count < 0 || count > value.length / FIXED_BYTES) {
                throw new SQLException("page words count " + count + " does not fit " + value.length + " bytes");
            }
            List<WordBox> words = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int length = in.readInt();
                if (length < 0 || length > in.available()) {
                    throw new SQLException("a page word of " + length + " bytes does not fit");
                }
                String text = new String(in.readNBytes(length), StandardCharsets.UTF_8);
                words.add(new WordBox(text, in.readInt(), in.readInt(), in.readDouble(), in.readDouble(),
                        in.readDouble(), in.readDouble(), in.readDouble()));
            }
            return words;
        } catch (IOException | IllegalArgumentException e) {
            throw new SQLException("damaged page words: " + e.getMessage(), e);
        }
    }
}
