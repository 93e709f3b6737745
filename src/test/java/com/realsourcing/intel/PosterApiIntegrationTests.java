package com.realsourcing.intel;

import static com.realsourcing.directory.DirectoryFixtures.creditCode;
import static com.realsourcing.directory.DirectoryFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Posters (industry report, factory card, weekly report), the weekly report's PDF and its public share link, over
 * HTTP: each PNG is a 1080×1920 image whose QR code opens the right page; the PDF's text (Chinese) reads back with an
 * independent parser and its font is an embedded subset.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PosterApiIntegrationTests extends ApiTestSupport {

    static final String PUBLIC_URL = "http://localhost:8080";

    String handle;

    @BeforeAll
    void importItems() {
        handle = "poster_" + System.nanoTime() % 1_000_000_000L;
        ApifyFixtures.importAndWait(
                admin(),
                ApifyFixtures.item(
                        IntelImportApiIntegrationTests.uniqueId(),
                        handle,
                        "Hoodie factory OEM #usa",
                        List.of("hoodies", "usa"),
                        ApifyFixtures.daysAgo(2),
                        356_000,
                        12_000,
                        300,
                        200,
                        100),
                ApifyFixtures.item(
                        IntelImportApiIntegrationTests.uniqueId(),
                        handle,
                        "T-shirt printing factory #germany",
                        List.of("germany"),
                        ApifyFixtures.daysAgo(9),
                        42_000,
                        2_000,
                        30,
                        20,
                        10));
    }

    static BufferedImage png(ApiClient.BinaryResponse response) throws Exception {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
        assertThat(image.getWidth()).isEqualTo(1080);
        assertThat(image.getHeight()).isEqualTo(1920);
        return image;
    }

    /** The QR code sits in every poster's footer (its bottom 260 pixels), read as a camera framing it sees it. */
    static String qr(BufferedImage poster) throws Exception {
        int y = 1660;
        int w = 1080;
        int h = 1920 - y;
        int[] pixels = poster.getRGB(0, y, w, h, null, 0, w);
        return new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels))))
                .getText();
    }

    static void keep(String name, byte[] bytes) throws Exception {
        Files.createDirectories(Path.of("target/posters"));
        Files.write(Path.of("target/posters", name), bytes);
    }

    @Test
    void anIndustryPosterShowsTheSearchAndLinksToIt() throws Exception {
        ApiClient factory = loggedIn("FACTORY");
        var response = factory.getBytes("/api/intel/posters/industry.png?keyword=%E7%BA%BA%E7%BB%87&period=30d");
        BufferedImage poster = png(response);
        keep("industry.png", response.body());
        assertThat(qr(poster)).isEqualTo(PUBLIC_URL + "/intel/search?industry=textiles-apparel&period=30d");

        var regional =
                factory.getBytes("/api/intel/posters/industry.png?industry=textiles-apparel&region=north-america");
        assertThat(qr(png(regional)))
                .isEqualTo(PUBLIC_URL + "/intel/search?industry=textiles-apparel&region=north-america&period=30d");
    }

    @Test
    void anUnknownIndustryIsRefusedWithTheValidValues() {
        var response = loggedIn("FACTORY").get("/api/intel/posters/industry.png?industry=spaceships");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("code")).isEqualTo("intel.industry-unknown");
        assertThat(response.json().path("validValues").toString()).contains("textiles-apparel");
    }

    @Test
    void postersNeedTheMarketReadPermission() {
        assertThat(loggedIn("WORKER")
                        .get("/api/intel/posters/industry.png?industry=textiles-apparel")
                        .status())
                .isEqualTo(403);
        assertThat(client().get("/api/intel/posters/industry.png?industry=textiles-apparel")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aFactoryPosterLinksToTheFactorysPublicPage() throws Exception {
        ApiClient owner = loggedIn("FACTORY");
        var submitted = owner.post("/api/directory/my-factory/onboarding", form(owner, "绍兴柯桥海报纺织有限公司", creditCode()));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        assertThat(admin().post("/api/directory/admin/reviews/" + submitted.text("id") + "/approve", null)
                        .status())
                .isEqualTo(200);
        String factoryId = submitted.text("factoryId");
        assertThat(owner.post(
                                "/api/directory/my-factory/social-accounts",
                                Map.of("platform", "TIKTOK", "handle", handle))
                        .status())
                .isIn(200, 201);

        var response = owner.getBytes("/api/intel/posters/factories/" + factoryId + ".png");
        BufferedImage poster = png(response);
        keep("factory.png", response.body());
        assertThat(qr(poster)).isEqualTo(PUBLIC_URL + "/directory/factories/" + factoryId);

        var unknown = owner.get("/api/intel/posters/factories/0190a8c0-0000-7000-8000-000000000001.png");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("code")).isEqualTo("intel.factory-not-found");
    }

    @Test
    void aWeeklyReportHasAPosterAPdfAndAPublicShareLink() throws Exception {
        var generated = admin().post("/api/intel/weekly-reports", null);
        assertThat(generated.status()).as(generated.body()).isEqualTo(201);
        String id = generated.text("id");
        String week = generated.text("week");
        assertThat(id).isNotBlank();
        ApiClient reader = loggedIn("TRADING_COMPANY");

        // the PDF: Chinese text that reads back, the font embedded as a subset
        var pdf = reader.getBytes("/api/intel/weekly-reports/" + id + "/report.pdf");
        assertThat(pdf.status()).as(pdf.text()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        keep("weekly-report.pdf", pdf.body());
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("TikTok 外贸周报 " + week, "本周要点", "各行业区域动向", "热门产品");
            PDPage first = doc.getPage(0);
            for (var name : first.getResources().getFontNames()) {
                PDFont font = first.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).as("subset prefix").matches("[A-Z]{6}\\+NotoSansSC.*");
            }
        }
        assertThat(pdf.body().length).as("a subset, not the whole 10 MB font").isLessThan(1_500_000);

        // the share link: minted once, public, and what the poster's QR code opens
        var shared = reader.post("/api/intel/weekly-reports/" + id + "/share-link", null);
        assertThat(shared.status()).as(shared.body()).isEqualTo(201);
        String token = shared.text("token");
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(shared.text("url")).isEqualTo(PUBLIC_URL + "/r/" + token);
        var again = reader.post("/api/intel/weekly-reports/" + id + "/share-link", null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("token")).isEqualTo(token);

        var poster = reader.getBytes("/api/intel/weekly-reports/" + id + "/poster.png");
        keep("weekly-report.png", poster.body());
        assertThat(qr(png(poster))).isEqualTo(PUBLIC_URL + "/r/" + token);

        ApiClient visitor = client();
        var page = visitor.get("/api/intel/shared-reports/" + token);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.text("week")).isEqualTo(week);
        assertThat(page.text("id")).isEqualTo(id);
        assertThat(qr(png(visitor.getBytes("/api/intel/shared-reports/" + token + "/poster.png"))))
                .isEqualTo(PUBLIC_URL + "/r/" + token);
        var publicPdf = visitor.getBytes("/api/intel/shared-reports/" + token + "/report.pdf");
        try (PDDocument doc = Loader.loadPDF(publicPdf.body())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s", ""))
                    .contains("在线阅读：" + PUBLIC_URL + "/r/" + token);
        }

        var guessed = visitor.get("/api/intel/shared-reports/" + "A".repeat(43));
        assertThat(guessed.status()).isEqualTo(404);
        assertThat(guessed.text("code")).isEqualTo("intel.report-not-shared");
        assertThat(reader.post("/api/intel/weekly-reports/0190a8c0-0000-7000-8000-000000000001/share-link", null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void peopleSharingTheSameReportAtOnceGetOneLink() throws Exception {
        String id = admin().post("/api/intel/weekly-reports", null).text("id");
        List<ApiClient> readers = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> loggedIn("FACTORY"))
                .toList();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(readers.size());
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<ApiClient.Response>> answers = new java.util.ArrayList<>();
            for (ApiClient reader : readers) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return reader.post("/api/intel/weekly-reports/" + id + "/share-link", null);
                }));
            }
            start.countDown();
            java.util.Set<String> tokens = new java.util.HashSet<>();
            int created = 0;
            for (var answer : answers) {
                ApiClient.Response response = answer.get();
                assertThat(response.status()).as(response.body()).isIn(200, 201);
                created += response.status() == 201 ? 1 : 0;
                tokens.add(response.text("token"));
            }
            assertThat(tokens).hasSize(1);
            assertThat(created).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
