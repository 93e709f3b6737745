package com.realsourcing.files.web;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition} with the file name twice (RFC 6266): an ASCII fallback in {@code filename} for old
 * clients and the exact UTF-8 name, percent-encoded per RFC 5987, in {@code filename*} — so 营业执照.pdf arrives as
 * 营业执照.pdf.
 */
final class ContentDispositions {

    private static final String ATTR_CHAR = "!#$&+-.^_`|~";

    private ContentDispositions() {}

    static String of(String type, String filename) {
        return type + "; filename=\"" + asciiFallback(filename) + "\"; filename*=UTF-8''" + encode(filename);
    }

    private static String asciiFallback(String filename) {
        StringBuilder out = new StringBuilder(filename.length());
        filename.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp > 0x7E || cp == '"' || cp == '\\' || cp == '%') {
                out.append('_');
            } else {
                out.append((char) cp);
            }
        });
        return out.toString();
    }

    private static String encode(String filename) {
        StringBuilder out = new StringBuilder();
        for (byte b : filename.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || ATTR_CHAR.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
