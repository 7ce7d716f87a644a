package org.rectify.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The streaming UTF-8 check says what the JDK's strict decoder says, however the bytes are split into chunks. */
class Utf8ValidatorPropertiesTest {

    private static final String[] PIECES = {"龙华", "a", "，", "😀", "é", "0755", "\u0080", "\uFFFD", "ü", "\u07FF",
        "\u0800", "\uD7FF", "\uE000", "\uFFFF", "𐀀", "\uDBFF\uDFFF"};

    @Property(tries = 1000)
    void agreesWithTheStrictDecoder(@ForAll long seed, @ForAll @IntRange(min = 0, max = 6) int damage) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(40); i > 0; i--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < damage && bytes.length > 0; i++) {
            // a GBK byte, an overlong lead, a surrogate lead, a lone continuation, a cut sequence …
            int[] bad = {0xC0, 0xC1, 0xED, 0xA0, 0x80, 0xF5, 0xFF, 0xE0, 0xF0, 0xF4, 0xB8, 0xC4};
            bytes[random.nextInt(bytes.length)] = (byte) bad[random.nextInt(bad.length)];
        }
        if (damage == 6 && bytes.length > 1) {
            bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1);
        }
        FileFacts.Utf8Validator validator = new FileFacts.Utf8Validator();
        for (int from = 0; from < bytes.length; ) {
            int length = Math.min(bytes.length - from, 1 + random.nextInt(7));
            byte[] chunk = java.util.Arrays.copyOfRange(bytes, from, from + length);
            validator.feed(chunk, length);
            from += length;
        }
        String hex = java.util.HexFormat.of().formatHex(bytes);
        assertEquals(strictlyValid(bytes), validator.valid(), hex);
    }

    private static boolean strictlyValid(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
