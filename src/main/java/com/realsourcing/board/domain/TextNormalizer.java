package com.realsourcing.board.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Folds the ways people dodge a word filter before the words are matched: full-width letters and digits to
 * half-width (Ｖ信 → v信), upper to lower case, traditional characters to simplified (代開發票 → 代开发票, from
 * opencc4j's character table), and drops everything that is not a letter or a digit — spaces, punctuation, symbols
 * and zero-width characters put between the characters of a word (微 信, 微-信, 微*信). The folded text keeps, for
 * each of its characters, where it came from, so a hit is shown as it was written.
 */
final class TextNormalizer {

    /** Traditional → simplified for the Basic Multilingual Plane (opencc's TSCharacters table). */
    private static final char[] SIMPLIFIED = loadSimplified();

    /** The folded text and, per folded character, its index in the original. */
    record Folded(String text, int[] origin) {}

    private TextNormalizer() {}

    static Folded fold(String original) {
        int length = original.length();
        char[] out = new char[length];
        int[] origin = new int[length];
        int n = 0;
        for (int i = 0; i < length; i++) {
            char c = fold(original.charAt(i));
            if (c != 0) {
                out[n] = c;
                origin[n] = i;
                n++;
            }
        }
        return new Folded(new String(out, 0, n), java.util.Arrays.copyOf(origin, n));
    }

    /** A word of the list, folded the same way (so the list and the text meet). */
    static String foldWord(String word) {
        return fold(word).text();
    }

    /** One character folded, or 0 when it is dropped. */
    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0); // full-width ASCII variants
        } else if (c == '\u3000') {
            return 0; // ideographic space
        }
        if (c < 128) {
            if (c >= 'A' && c <= 'Z') {
                return (char) (c + 32);
            }
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : 0;
        }
        if (!Character.isLetterOrDigit(c)) {
            return 0;
        }
        char simplified = SIMPLIFIED[c];
        if (simplified != 0) {
            return simplified;
        }
        return Character.isUpperCase(c) ? Character.toLowerCase(c) : c;
    }

    private static char[] loadSimplified() {
        char[] table = new char[Character.MAX_VALUE + 1];
        try (InputStream in =
                TextNormalizer.class.getClassLoader().getResourceAsStream("data/dictionary/TSCharacters.txt")) {
            if (in == null) {
                throw new IllegalStateException("opencc4j's TSCharacters.txt is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab != 1 || line.length() < 3) {
                    continue; // outside the BMP, or malformed
                }
                char simplified = line.charAt(2);
                if (Character.isHighSurrogate(simplified)) {
                    continue;
                }
                table[line.charAt(0)] = simplified;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
