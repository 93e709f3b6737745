package com.realsourcing.shared.render;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.EncodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * QR codes that scan: medium error correction, UTF-8, whole-pixel modules and a white quiet zone of four modules (the
 * standard's minimum). Each code is read back before it is used; when the encoder's choice of mask happens to draw a
 * code ZXing's detector cannot locate or misreads (about one link in a hundred), the next mask that reads back at the
 * size drawn is used instead.
 */
public final class QrCodes {

    /** Modules of quiet zone on each side. */
    public static final int QUIET = 4;

    private QrCodes() {}

    /** A code ready to draw: its modules (true = dark, quiet zone excluded) and the pixels per module. */
    public record Code(BitMatrix modules, int modulePixels) {

        /** The side drawn, quiet zone included, in pixels. */
        public int side() {
            return (modules.getWidth() + 2 * QUIET) * modulePixels;
        }

        /** Draws the code with its white quiet zone, top-left corner at ({@code x}, {@code y}). */
        public void draw(Graphics2D g, int x, int y) {
            g.setColor(Color.WHITE);
            g.fillRect(x, y, side(), side());
            g.setColor(Color.BLACK);
            int left = x + QUIET * modulePixels;
            int top = y + QUIET * modulePixels;
            for (int my = 0; my < modules.getHeight(); my++) {
                for (int mx = 0; mx < modules.getWidth(); mx++) {
                    if (modules.get(mx, my)) {
                        g.fillRect(left + mx * modulePixels, top + my * modulePixels, modulePixels, modulePixels);
                    }
                }
            }
        }
    }

    /**
     * The largest code for {@code text} (whole-pixel modules, quiet zone included) that fits a square of
     * {@code maxSide} pixels, checked to read back as {@code text} at that size.
     */
    public static Code fit(String text, int maxSide) {
        BitMatrix first = encode(text, null);
        int modulePixels = Math.max(1, maxSide / (first.getWidth() + 2 * QUIET));
        Code chosen = new Code(first, modulePixels);
        if (readsBack(chosen, text)) {
            return chosen;
        }
        for (int mask = 0; mask < 8; mask++) {
            Code other = new Code(encode(text, mask), modulePixels);
            if (readsBack(other, text)) {
                return other;
            }
        }
        return chosen;
    }

    /** A square PNG of {@code size} pixels: the code as large as whole-pixel modules allow, centred on white. */
    public static byte[] png(String text, int size) {
        Code code = fit(text, size);
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, size, size);
            code.draw(g, (size - code.side()) / 2, (size - code.side()) / 2);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static BitMatrix encode(String text, Integer mask) {
        Map<EncodeHintType, Object> hints = new HashMap<>();
        hints.put(EncodeHintType.MARGIN, 0);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
        if (mask != null) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        }
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + text + " as a QR code", e);
        }
    }

    /** Whether {@code image} holds a code that ZXing's detector finds and reads as {@code text}. */
    public static boolean reads(BufferedImage image, String text) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        try {
            var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
            return text.equals(new QRCodeReader().decode(bitmap).getText());
        } catch (ReaderException e) {
            return false;
        }
    }

    private static boolean readsBack(Code code, String text) {
        BufferedImage image = new BufferedImage(code.side(), code.side(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            code.draw(g, 0, 0);
        } finally {
            g.dispose();
        }
        return reads(image, text);
    }
}
