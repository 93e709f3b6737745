package com.realsourcing.intel.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * On-demand benchmark (not a test): the poster's own cost, drawing and PNG encoding of a full 1080×1920 poster
 * (six bars, five ranked rows, a QR code), without the database. The first poster also pays for loading the CJK font.
 * The poster routes add the industry search (or the factory's figures) to this; {@link IntelBenchmark} times those
 * end to end. Arguments: posters (200).
 */
public final class PosterBenchmark {

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long cold = System.nanoTime();
        PosterRenderer.Rendered first = PosterRenderer.render(content(0));
        System.out.printf(
                "first poster (loads the CJK font): %.1f ms, %,d bytes%n",
                (System.nanoTime() - cold) / 1e6, first.png().length);
        for (int i = 0; i < 30; i++) {
            PosterRenderer.render(content(i));
        }
        long[] times = new long[n];
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            long s = System.nanoTime();
            bytes += PosterRenderer.render(content(i)).png().length;
            times[i] = System.nanoTime() - s;
        }
        IntelBenchmark.report("poster render + PNG (no database)", times);
        System.out.printf("average PNG size: %,d bytes%n", bytes / n);
    }

    static PosterRenderer.Content content(int i) {
        List<PosterRenderer.Bar> bars = new ArrayList<>();
        String[] regions = {"北美", "欧洲", "东南亚", "中东北非", "拉美", "非洲"};
        for (int b = 0; b < regions.length; b++) {
            long v = 3_562_000L * (regions.length - b) + i;
            bars.add(new PosterRenderer.Bar(regions[b], v, ChineseNumbers.format(v)));
        }
        List<PosterRenderer.Row> rows = new ArrayList<>();
        String[] products = {"卫衣", "T恤", "瑜伽服", "牛仔裤", "羽绒服"};
        for (int r = 0; r < products.length; r++) {
            rows.add(new PosterRenderer.Row(
                    products[r], "播放 " + ChineseNumbers.format(1_200_000L / (r + 1)), r < 2 ? "爆款" : null));
        }
        return new PosterRenderer.Content(
                "RealSourcing · TikTok 出口行业报告",
                "纺织服装 · 北美 #" + i,
                "近 30 天 · 2026-10-24 至 2026-11-22",
                List.of(
                        new PosterRenderer.KeyFigure("视频数", "1.2万", 0.25),
                        new PosterRenderer.KeyFigure("播放量", "356.2万", -0.1),
                        new PosterRenderer.KeyFigure("点赞", "12.5万", null),
                        new PosterRenderer.KeyFigure("互动率", "4.2%", null)),
                "各区域播放量",
                bars,
                "热门产品",
                rows,
                "https://realsourcing.example/intel/search?industry=textiles-apparel&period=30d&i=" + i,
                "扫码查看完整行业数据",
                "数据：TikTok 公开视频 · 生成于 2026-11-22");
    }

    private PosterBenchmark() {}
}
