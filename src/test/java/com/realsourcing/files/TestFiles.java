package com.realsourcing.files;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Builds test files byte by byte, so each test shows exactly what it feeds the upload. */
public final class TestFiles {

    /** Text hidden in metadata and trailers; it must never survive a re-encode. */
    public static final String SECRET = "GPS-31.2304N-121.4737E-SECRET";

    private TestFiles() {}

    public static byte[] png(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    public static byte[] gif(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "gif");
    }

    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    /**
     * A JPEG carrying an EXIF APP1 segment (orientation tag plus {@link #SECRET} as if it were GPS data) right
     * after SOI, and {@link #SECRET} appended after the end-of-image marker as well.
     */
    public static byte[] jpegWithExif(int width, int height, int orientation) {
        byte[] plain = jpeg(width, height);
        byte[] secret = SECRET.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4 + secret.length).order(ByteOrder.BIG_ENDIAN);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8); // header, IFD0 at offset 8
        tiff.putShort((short) 1); // one entry
        tiff.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0);
        tiff.putInt(0); // no next IFD
        tiff.put(secret);
        byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff.array());
        int length = exif.length + 2;
        byte[] app1 = concat(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length}, exif);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        out.writeBytes(app1);
        out.write(plain, 2, plain.length - 2);
        out.writeBytes(secret); // appended after EOI
        return out.toByteArray();
    }

    /** A valid PNG header announcing {@code width}×{@code height} with (almost) no pixel data: a decompression bomb. */
    public static byte[] pngHeaderOnly(int width, int height, int padTo) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] {8, 6, 0, 0, 0});
        byte[] head =
                concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, chunk("IHDR", ihdr.array()));
        byte[] idat = chunk("IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        byte[] png = concat(concat(head, idat), chunk("IEND", new byte[0]));
        if (padTo <= png.length) {
            return png;
        }
        byte[] padded = new byte[padTo];
        System.arraycopy(png, 0, padded, 0, png.length);
        return padded;
    }

    /** An extended WebP (VP8X + lossless VP8L frame header) with an EXIF chunk holding {@link #SECRET}. */
    public static byte[] webpWithExif(int width, int height) {
        ByteBuffer vp8x = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
        vp8x.put((byte) 0x08).put(new byte[3]); // EXIF flag
        vp8x.put((byte) (width - 1)).put((byte) ((width - 1) >> 8)).put((byte) ((width - 1) >> 16));
        vp8x.put((byte) (height - 1)).put((byte) ((height - 1) >> 8)).put((byte) ((height - 1) >> 16));
        int bits = (width - 1) | (height - 1) << 14;
        byte[] vp8l = ByteBuffer.allocate(6)
                .order(ByteOrder.LITTLE_ENDIAN)
                .put((byte) 0x2F)
                .putInt(bits)
                .put((byte) 0)
                .array();
        byte[] body = concat(
                concat(riffChunk("VP8X", vp8x.array()), riffChunk("VP8L", vp8l)),
                riffChunk("EXIF", SECRET.getBytes(StandardCharsets.US_ASCII)));
        ByteBuffer riff = ByteBuffer.allocate(12 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        riff.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(body.length + 4);
        riff.put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(body);
        return riff.array();
    }

    public static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** The first boxes of an MP4 with the given major brand ({@code isom}, {@code mp42}, {@code qt  } …). */
    public static byte[] mp4(String majorBrand) {
        ByteBuffer ftyp = ByteBuffer.allocate(24);
        ftyp.putInt(24).put("ftyp".getBytes(StandardCharsets.US_ASCII));
        ftyp.put(majorBrand.getBytes(StandardCharsets.US_ASCII)).putInt(0x200);
        ftyp.put(majorBrand.getBytes(StandardCharsets.US_ASCII)).put("mp41".getBytes(StandardCharsets.US_ASCII));
        ByteBuffer free = ByteBuffer.allocate(16).putInt(16).put("free".getBytes(StandardCharsets.US_ASCII));
        return concat(ftyp.array(), free.array());
    }

    public static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    public static boolean containsSecret(byte[] bytes) {
        return indexOf(bytes, SECRET.getBytes(StandardCharsets.US_ASCII)) >= 0;
    }

    /** Whether a JPEG has an APP1 (EXIF/XMP) segment before its image data. */
    public static boolean hasApp1(byte[] jpeg) {
        int pos = 2;
        while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
            int marker = jpeg[pos + 1] & 0xFF;
            if (marker == 0xDA) {
                return false;
            }
            if (marker == 0xE1) {
                return true;
            }
            pos += 2 + ((jpeg[pos + 2] & 0xFF) << 8 | (jpeg[pos + 3] & 0xFF));
        }
        return false;
    }

    public static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 120, 200));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width / 2, height / 3); // top-left marker, to see rotations
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length)
                .putInt(data.length)
                .put(typeBytes)
                .put(data)
                .putInt((int) crc.getValue())
                .array();
    }

    private static byte[] riffChunk(String id, byte[] data) {
        ByteBuffer chunk =
                ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        chunk.put(id.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
        return chunk.array();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
