package com.realsourcing.files.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * WebP without a decoder: the JDK's ImageIO cannot read WebP, so instead of re-encoding we read the dimensions
 * from the VP8X/VP8/VP8L headers and rebuild the RIFF container keeping only image chunks. That drops EXIF and XMP
 * (GPS), unknown chunks and anything appended after the container, like re-encoding does for other images.
 */
record WebpImage(int width, int height, byte[] bytes) {

    private static final Set<String> IMAGE_CHUNKS = Set.of("VP8X", "VP8 ", "VP8L", "ALPH", "ANIM", "ANMF", "ICCP");
    private static final int VP8X_EXIF_FLAG = 0x08;
    private static final int VP8X_XMP_FLAG = 0x04;

    /** Parses and cleans a WebP file; {@link IllegalArgumentException} when it is not a well-formed one. */
    static WebpImage sanitize(byte[] data) {
        require(
                data.length >= 12
                        && fourcc(data, 0).equals("RIFF")
                        && fourcc(data, 8).equals("WEBP"),
                "not WebP");
        long riffEnd = 8 + u32(data, 4);
        require(riffEnd <= data.length, "truncated");
        int end = (int) riffEnd;
        ByteArrayOutputStream kept = new ByteArrayOutputStream(data.length);
        int width = 0;
        int height = 0;
        boolean hasImage = false;
        boolean hasCanvas = false;
        int pos = 12;
        while (pos + 8 <= end) {
            String id = fourcc(data, pos);
            long size = u32(data, pos + 4);
            int start = pos + 8;
            long next = start + size + (size & 1);
            require(start + size <= end, "chunk overruns the file");
            if (IMAGE_CHUNKS.contains(id)) {
                byte[] chunk = java.util.Arrays.copyOfRange(data, pos, (int) Math.min(next, end));
                switch (id) {
                    case "VP8X" -> {
                        require(size >= 10, "short VP8X");
                        chunk[8] = (byte) (chunk[8] & ~(VP8X_EXIF_FLAG | VP8X_XMP_FLAG));
                        width = 1 + u24(data, start + 4);
                        height = 1 + u24(data, start + 7);
                        hasCanvas = true;
                    }
                    case "VP8 " -> {
                        require(
                                size >= 10
                                        && u8(data, start + 3) == 0x9D
                                        && u8(data, start + 4) == 0x01
                                        && u8(data, start + 5) == 0x2A,
                                "bad VP8 frame");
                        if (!hasCanvas) {
                            width = (u8(data, start + 6) | u8(data, start + 7) << 8) & 0x3FFF;
                            height = (u8(data, start + 8) | u8(data, start + 9) << 8) & 0x3FFF;
                        }
                        hasImage = true;
                    }
                    case "VP8L" -> {
                        require(size >= 5 && u8(data, start) == 0x2F, "bad VP8L header");
                        if (!hasCanvas) {
                            long bits = u32(data, start + 1);
                            width = (int) (bits & 0x3FFF) + 1;
                            height = (int) (bits >> 14 & 0x3FFF) + 1;
                        }
                        hasImage = true;
                    }
                    case "ANMF" -> hasImage = true;
                    default -> {
                        // ALPH, ANIM, ICCP travel along unchanged
                    }
                }
                kept.writeBytes(chunk);
            }
            pos = (int) Math.min(next, end);
        }
        require(hasImage && width > 0 && height > 0, "no image data");
        byte[] body = kept.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 12);
        out.writeBytes("RIFF".getBytes(StandardCharsets.ISO_8859_1));
        int riffSize = body.length + 4;
        out.write(riffSize & 0xFF);
        out.write(riffSize >> 8 & 0xFF);
        out.write(riffSize >> 16 & 0xFF);
        out.write(riffSize >> 24 & 0xFF);
        out.writeBytes("WEBP".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return new WebpImage(width, height, out.toByteArray());
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException("Malformed WebP: " + problem);
        }
    }

    private static String fourcc(byte[] b, int i) {
        return new String(b, i, 4, StandardCharsets.ISO_8859_1);
    }

    private static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    private static int u24(byte[] b, int i) {
        return u8(b, i) | u8(b, i + 1) << 8 | u8(b, i + 2) << 16;
    }

    private static long u32(byte[] b, int i) {
        return ((long) u8(b, i) | (long) u8(b, i + 1) << 8 | (long) u8(b, i + 2) << 16 | (long) u8(b, i + 3) << 24)
                & 0xFFFFFFFFL;
    }
}
