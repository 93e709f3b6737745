package com.realsourcing.intel.domain;

import com.realsourcing.shared.render.CjkFonts;
import com.realsourcing.shared.render.QrCodes;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Draws a 1080×1920 poster (a phone screen, the size WeChat Moments and TikTok stories take): a branded header with
 * the title, four key figures, a bar chart, a ranked list, and a QR code to the share page. Every string is drawn
 * with the bundled CJK font ({@link CjkFonts}); the strings drawn are returned with the PNG so tests can check them.
 */
public final class PosterRenderer {

    public static final int WIDTH = 1080;
    public static final int HEIGHT = 1920;

    static final Color INK = new Color(0x1F2329);
    static final Color MUTED = new Color(0x646A73);
    static final Color BRAND = new Color(0x1456F0);
    static final Color BRAND_DARK = new Color(0x0A2A66);
    static final Color UP = new Color(0x00A870);
    static final Color DOWN = new Color(0xE34D59);
    static final Color HOT = new Color(0xF54A45);
    static final Color CARD = new Color(0xF5F7FA);

    /** What a poster shows; blank parts are left out. */
    public record Content(
            String kicker,
            String title,
            String subtitle,
            List<KeyFigure> figures,
            String barsTitle,
            List<Bar> bars,
            String listTitle,
            List<Row> rows,
            String qrUrl,
            String qrCaption,
            String footer) {}

    /** A big number with its label and, when known, its change (+12% / −3%). */
    public record KeyFigure(String label, String value, Double change) {}

    public record Bar(String label, long value, String valueText) {}

    /** One ranked line; {@code tag} (爆款) is drawn as a red badge. */
    public record Row(String name, String valueText, String tag) {}

    public record Rendered(byte[] png, List<String> texts, Map<String, int[]> areas) {}

    private PosterRenderer() {}

    public static Rendered render(Content content) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Canvas canvas = draw(content, image);
        return new Rendered(png(image), List.copyOf(canvas.texts), Map.copyOf(canvas.areas));
    }

    /** The poster as pixels, before PNG encoding. */
    static BufferedImage image(Content content) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        draw(content, image);
        return image;
    }

    private static Canvas draw(Content content, BufferedImage image) {
        Graphics2D g = image.createGraphics();
        Canvas canvas = new Canvas(g);
        try {
            canvas.draw(content);
        } finally {
            g.dispose();
        }
        return canvas;
    }

    /** Fast deflate: the poster is mostly flat colour, so the file stays small and encoding stays quick. */
    static byte[] png(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (param.canWriteCompressed()) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.75f);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static final class Canvas {
        final Graphics2D g;
        final List<String> texts = new ArrayList<>();
        final Map<String, int[]> areas = new java.util.LinkedHashMap<>();
        final Font regular = CjkFonts.regular();
        final Font bold = CjkFonts.bold();

        Canvas(Graphics2D g) {
            this.g = g;
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        }

        void draw(Content c) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            header(c);
            int y = 570;
            if (!c.figures().isEmpty()) {
                y = figures(c.figures(), y) + 50;
            }
            int listHeight = c.rows().isEmpty() ? 0 : 70 + Math.min(5, c.rows().size()) * 62;
            int barsBottomLimit = 1640 - listHeight;
            if (!c.bars().isEmpty()) {
                y = bars(c.barsTitle(), c.bars(), y, barsBottomLimit) + 40;
            }
            if (!c.rows().isEmpty()) {
                rows(c.listTitle(), c.rows(), y);
            }
            footer(c);
        }

        void header(Content c) {
            g.setPaint(new GradientPaint(0, 0, BRAND_DARK, WIDTH, 520, BRAND));
            g.fillRect(0, 0, WIDTH, 520);
            g.setColor(new Color(255, 255, 255, 30));
            g.fillOval(760, -120, 460, 460);
            g.fillOval(880, 300, 260, 260);
            text(c.kicker(), regular, 34, new Color(255, 255, 255, 215), 72, 120, WIDTH - 144);
            List<String> title = wrap(c.title(), bold.deriveFont(84f), WIDTH - 144, 2);
            int y = 250;
            for (String line : title) {
                areas.putIfAbsent("title", new int[] {72, y - 84, WIDTH - 144, 110 * title.size()});
                text(line, bold, 84, Color.WHITE, 72, y, WIDTH - 144);
                y += 108;
            }
            text(c.subtitle(), regular, 36, new Color(255, 255, 255, 225), 72, y + 10, WIDTH - 144);
        }

        int figures(List<KeyFigure> figures, int top) {
            int cardW = (WIDTH - 72 * 2 - 32) / 2;
            int cardH = 170;
            for (int i = 0; i < Math.min(4, figures.size()); i++) {
                KeyFigure f = figures.get(i);
                int x = 72 + (i % 2) * (cardW + 32);
                int y = top + (i / 2) * (cardH + 28);
                g.setColor(CARD);
                g.fill(new RoundRectangle2D.Float(x, y, cardW, cardH, 28, 28));
                text(f.label(), regular, 32, MUTED, x + 32, y + 52, cardW - 64);
                int valueWidth = text(f.value(), bold, 64, INK, x + 32, y + 130, cardW - 64);
                if (f.change() != null) {
                    boolean up = f.change() >= 0;
                    String change = (up ? "↑" : "↓")
                            + String.format(java.util.Locale.ROOT, "%.0f%%", Math.abs(f.change() * 100));
                    text(change, bold, 32, up ? UP : DOWN, x + 48 + valueWidth, y + 128, cardW - 80 - valueWidth);
                }
            }
            int rowsUsed = (Math.min(4, figures.size()) + 1) / 2;
            return top + rowsUsed * cardH + (rowsUsed - 1) * 28;
        }

        int bars(String title, List<Bar> bars, int top, int bottomLimit) {
            text(title, bold, 42, INK, 72, top + 42, WIDTH - 144);
            int y = top + 80;
            long max = bars.stream().mapToLong(Bar::value).max().orElse(1);
            int labelW = 230;
            int barMax = WIDTH - 144 - labelW - 190;
            for (Bar bar : bars) {
                if (y + 56 > bottomLimit) {
                    break;
                }
                text(bar.label(), regular, 34, INK, 72, y + 38, labelW - 16);
                int w = max <= 0 ? 0 : (int) Math.max(8, Math.round((double) bar.value() / max * barMax));
                g.setPaint(new GradientPaint(72 + labelW, 0, BRAND, 72 + labelW + barMax, 0, new Color(0x5A8CFF)));
                g.fill(new RoundRectangle2D.Float(72 + labelW, y + 10, w, 36, 18, 18));
                text(bar.valueText(), bold, 32, INK, 72 + labelW + w + 16, y + 39, WIDTH - 72 - (72 + labelW + w + 16));
                y += 62;
            }
            return y;
        }

        void rows(String title, List<Row> rows, int top) {
            text(title, bold, 42, INK, 72, top + 42, WIDTH - 144);
            int y = top + 72;
            for (int i = 0; i < Math.min(5, rows.size()); i++) {
                Row row = rows.get(i);
                g.setColor(i < 3 ? BRAND : new Color(0xC9CDD4));
                g.fillOval(72, y + 8, 44, 44);
                Font rankFont = bold.deriveFont(28f);
                g.setFont(rankFont);
                g.setColor(Color.WHITE);
                String rank = Integer.toString(i + 1);
                g.drawString(rank, 72 + (44 - g.getFontMetrics().stringWidth(rank)) / 2f, y + 41);
                int valueW = width(row.valueText(), bold, 34);
                int tagW = row.tag() == null || row.tag().isBlank() ? 0 : width(row.tag(), bold, 26) + 28;
                int nameMax = WIDTH - 144 - 70 - valueW - tagW - 40;
                int nameW = text(row.name(), regular, 36, INK, 140, y + 43, nameMax);
                if (tagW > 0) {
                    g.setColor(HOT);
                    g.fill(new RoundRectangle2D.Float(140 + nameW + 16, y + 12, tagW, 38, 10, 10));
                    text(row.tag(), bold, 26, Color.WHITE, 140 + nameW + 30, y + 41, tagW);
                }
                text(row.valueText(), bold, 34, INK, WIDTH - 72 - valueW, y + 43, valueW + 1);
                g.setColor(new Color(0xEEF0F3));
                g.setStroke(new BasicStroke(2));
                g.drawLine(140, y + 60, WIDTH - 72, y + 60);
                y += 62;
            }
        }

        void footer(Content c) {
            int top = 1660;
            g.setColor(new Color(0xF2F5FC));
            g.fillRect(0, top, WIDTH, HEIGHT - top);
            QrCodes.Code code = QrCodes.fit(c.qrUrl(), 232);
            int box = code.side();
            int boxX = WIDTH - 72 - box;
            int boxY = top + (HEIGHT - top - box) / 2;
            code.draw(g, boxX, boxY);
            areas.put("qr", new int[] {boxX, boxY, box, box});
            int textW = boxX - 72 - 28;
            text(c.qrCaption(), bold, 40, INK, 72, top + 80, textW);
            text(c.qrUrl().replaceFirst("^https?://", ""), regular, 24, MUTED, 72, top + 122, textW);
            g.setColor(BRAND);
            g.fill(new RoundRectangle2D.Float(72, top + 150, 12, 40, 6, 6));
            text("RealSourcing 外贸情报", bold, 32, BRAND, 96, top + 182, textW - 24);
            text(c.footer(), regular, 22, MUTED, 72, top + 230, textW);
        }

        /** Draws one line, shortened with … to fit; returns its width. */
        int text(String text, Font face, float size, Color color, float x, float baseline, int maxWidth) {
            if (text == null || text.isBlank() || maxWidth <= 0) {
                return 0;
            }
            Font font = face.deriveFont(size);
            String fitted = fit(text, font, maxWidth);
            g.setFont(font);
            g.setColor(color);
            g.drawString(fitted, x, baseline);
            texts.add(fitted);
            return g.getFontMetrics(font).stringWidth(fitted);
        }

        int width(String text, Font face, float size) {
            return text == null ? 0 : g.getFontMetrics(face.deriveFont(size)).stringWidth(text);
        }

        String fit(String text, Font font, int maxWidth) {
            FontMetrics m = g.getFontMetrics(font);
            if (m.stringWidth(text) <= maxWidth) {
                return text;
            }
            int end = text.length();
            while (end > 0 && m.stringWidth(text.substring(0, end) + "…") > maxWidth) {
                end--;
            }
            return text.substring(0, end) + "…";
        }

        /** Up to {@code lines} lines, breaking anywhere (Chinese has no spaces); the last one shortened with …. */
        List<String> wrap(String text, Font font, int maxWidth, int lines) {
            List<String> out = new ArrayList<>();
            if (text == null || text.isBlank()) {
                return out;
            }
            FontMetrics m = g.getFontMetrics(font);
            String rest = text;
            while (!rest.isEmpty() && out.size() < lines) {
                if (out.size() == lines - 1 || m.stringWidth(rest) <= maxWidth) {
                    out.add(fit(rest, font, maxWidth));
                    break;
                }
                int end = rest.length();
                while (end > 1 && m.stringWidth(rest.substring(0, end)) > maxWidth) {
                    end--;
                }
                int space = rest.lastIndexOf(' ', end);
                if (space > end / 2) {
                    end = space;
                }
                out.add(rest.substring(0, end).strip());
                rest = rest.substring(end).strip();
            }
            return out;
        }
    }
}
