package com.realsourcing.intel.domain;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.realsourcing.intel.domain.MarketViews.Figures;
import com.realsourcing.intel.domain.MarketViews.IndustryMovement;
import com.realsourcing.intel.domain.MarketViews.NewsItem;
import com.realsourcing.intel.domain.MarketViews.ProductRank;
import com.realsourcing.intel.domain.MarketViews.WeeklyReport;
import com.realsourcing.shared.render.CjkFonts;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The weekly report as an A4 PDF in Chinese: headlines, region movements per industry, hot products, emerging
 * accounts and the week's news. The bundled CJK font is embedded as a subset (Identity-H with a ToUnicode map), so
 * the text renders anywhere and can be searched and copied.
 */
public final class ReportPdf {

    private static final Color BRAND = new Color(0x1456F0);
    private static final Color MUTED = new Color(0x646A73);
    private static final Color HEAD = new Color(0xF2F5FC);
    private static final Color HOT = new Color(0xF54A45);

    private ReportPdf() {}

    private static final class Fonts {
        static final BaseFont REGULAR = load(CjkFonts.regularFile().toString());
        static final BaseFont BOLD = load(CjkFonts.boldFile().toString());

        static BaseFont load(String path) {
            try {
                return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** {@code shareUrl} is printed at the end when the report has a public link (null otherwise). */
    public static byte[] render(WeeklyReport r, String shareUrl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document doc = new Document(PageSize.A4, 48, 48, 54, 54);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setFullCompression();
            String title = "TikTok 外贸周报 " + r.week();
            doc.addTitle(title);
            doc.addCreator("RealSourcing");
            doc.open();

            Font titleFont = new Font(Fonts.BOLD, 22, Font.NORMAL, BRAND);
            Font h2 = new Font(Fonts.BOLD, 14, Font.NORMAL, Color.BLACK);
            Font body = new Font(Fonts.REGULAR, 10.5f, Font.NORMAL, Color.BLACK);
            Font small = new Font(Fonts.REGULAR, 9, Font.NORMAL, MUTED);
            Font cellBold = new Font(Fonts.BOLD, 9.5f, Font.NORMAL, Color.BLACK);
            Font cell = new Font(Fonts.REGULAR, 9.5f, Font.NORMAL, Color.BLACK);
            Font hot = new Font(Fonts.BOLD, 9.5f, Font.NORMAL, HOT);

            doc.add(new Paragraph(title, titleFont));
            doc.add(new Paragraph(
                    r.from() + " 至 " + r.to() + (r.version() == null ? "（实时计算，未存档）" : " · 第 " + r.version() + " 版")
                            + (r.complete() ? "" : " · 本周尚未结束，数据不完整"),
                    small));

            section(doc, "本周要点", h2);
            if (r.headlinesZh().isEmpty()) {
                doc.add(new Paragraph("本周暂无数据。", body));
            }
            for (String line : r.headlinesZh()) {
                Paragraph p = new Paragraph("• " + line, body);
                p.setSpacingAfter(2);
                doc.add(p);
            }

            section(doc, "各行业区域动向", h2);
            PdfPTable industries = table(new float[] {2.2f, 1.2f, 1.4f, 1.2f, 3.6f});
            header(industries, cellBold, "行业", "视频", "播放量", "播放环比", "播放最多的区域");
            for (IndustryMovement i : r.industries()) {
                Figures f = i.total();
                industries.addCell(cell(i.nameZh(), cell));
                industries.addCell(cell(ChineseNumbers.format(f.videos()), cell, Element.ALIGN_RIGHT));
                industries.addCell(cell(f.playsText(), cell, Element.ALIGN_RIGHT));
                industries.addCell(cell(change(f.playsChange()), cell, Element.ALIGN_RIGHT));
                industries.addCell(cell(
                        i.regions().isEmpty()
                                ? "—"
                                : i.regions().get(0).nameZh() + " "
                                        + i.regions().get(0).figures().playsText(),
                        cell));
            }
            doc.add(industries);

            section(doc, "热门产品", h2);
            PdfPTable products = table(new float[] {0.6f, 2.6f, 1.4f, 1.2f, 3.2f});
            header(products, cellBold, "#", "产品", "播放量", "播放环比", "说明");
            for (ProductRank p : r.hotProducts()) {
                products.addCell(cell(Integer.toString(p.rank()), cell, Element.ALIGN_RIGHT));
                Phrase name = new Phrase(p.nameZh(), cell);
                if (p.hot()) {
                    name.add(new Chunk("  爆款", hot));
                }
                PdfPCell nameCell = cell("", cell);
                nameCell.setPhrase(name);
                products.addCell(nameCell);
                products.addCell(cell(p.figures().playsText(), cell, Element.ALIGN_RIGHT));
                products.addCell(cell(change(p.figures().playsChange()), cell, Element.ALIGN_RIGHT));
                products.addCell(cell(p.hot() && p.hotReasonZh() != null ? p.hotReasonZh() : "", cell));
            }
            doc.add(products);

            section(doc, "新晋工厂账号", h2);
            if (r.emergingAccounts().isEmpty()) {
                doc.add(new Paragraph("本周没有新晋或快速成长的账号。", body));
            } else {
                PdfPTable accounts = table(new float[] {3f, 1.4f, 1.2f, 1.4f, 1.2f, 3f});
                header(accounts, cellBold, "账号", "粉丝", "视频", "播放量", "互动率", "原因");
                for (MarketViews.EmergingAccount a : r.emergingAccounts()) {
                    accounts.addCell(
                            cell("@" + a.handle() + (a.nickname() == null ? "" : "（" + a.nickname() + "）"), cell));
                    accounts.addCell(cell(a.followersText(), cell, Element.ALIGN_RIGHT));
                    accounts.addCell(cell(Long.toString(a.videos()), cell, Element.ALIGN_RIGHT));
                    accounts.addCell(cell(a.playsText(), cell, Element.ALIGN_RIGHT));
                    accounts.addCell(cell(Posters.percent(a.engagementRate()), cell, Element.ALIGN_RIGHT));
                    accounts.addCell(cell(a.reasonZh() == null ? "" : a.reasonZh(), cell));
                }
                doc.add(accounts);
            }

            section(doc, "行业与政策资讯", h2);
            if (r.news().isEmpty()) {
                doc.add(new Paragraph("本周没有资讯。", body));
            }
            for (NewsItem n : r.news()) {
                doc.add(new Paragraph(n.title(), cellBold));
                Paragraph meta = new Paragraph(
                        (n.source() == null ? "" : n.source() + " · ")
                                + n.date()
                                + (n.summary() == null || n.summary().isBlank() ? "" : " · " + n.summary()),
                        small);
                meta.setSpacingAfter(4);
                doc.add(meta);
            }

            Paragraph end = new Paragraph(
                    "数据：TikTok 公开视频，按行业、目标国家与产品的规则标签汇总。" + (shareUrl == null ? "" : " 在线阅读：" + shareUrl), small);
            end.setSpacingBefore(14);
            doc.add(end);
        } catch (DocumentException e) {
            throw new IllegalStateException("weekly report PDF failed", e);
        } finally {
            if (doc.isOpen()) {
                doc.close();
            }
        }
        return out.toByteArray();
    }

    private static void section(Document doc, String title, Font font) {
        Paragraph p = new Paragraph(title, font);
        p.setSpacingBefore(14);
        p.setSpacingAfter(6);
        doc.add(p);
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        return table;
    }

    private static void header(PdfPTable table, Font font, String... names) {
        for (String name : names) {
            PdfPCell c = cell(name, font);
            c.setBackgroundColor(HEAD);
            table.addCell(c);
        }
    }

    private static PdfPCell cell(String text, Font font) {
        return cell(text, font, Element.ALIGN_LEFT);
    }

    private static PdfPCell cell(String text, Font font, int align) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
        c.setHorizontalAlignment(align);
        c.setPadding(4);
        c.setBorderColor(new Color(0xDEE0E3));
        return c;
    }

    private static String change(Double ratio) {
        if (ratio == null) {
            return "—";
        }
        return String.format(Locale.ROOT, "%s%.0f%%", ratio >= 0 ? "+" : "−", Math.abs(ratio) * 100);
    }
}
