package com.realsourcing.files.web;

import static com.realsourcing.testing.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.realsourcing.files.TestFiles;
import com.realsourcing.files.domain.FilesPermissions;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.shared.security.AuthenticatedUser;
import com.realsourcing.testing.TestUsers;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@SpringBootTest
@AutoConfigureMockMvc
class FileControllerIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    WebApplicationContext context;

    /** Without the security filters: a visitor, exactly as the controller sees one once GET /api/files/** is open. */
    MockMvc visitor;

    private final UUID organization = Ids.newId();
    private final AuthenticatedUser member =
            TestUsers.member(organization, FilesPermissions.UPLOAD, FilesPermissions.READ);

    @BeforeEach
    void setUp() {
        SecurityContextHolder.clearContext();
        visitor = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @Test
    void storesAPngRenamedToPdfAsPng() throws Exception {
        MvcResult created = upload(member, "photo.pdf", "application/pdf", TestFiles.png(640, 480), "ORGANIZATION")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("image/png"))
                .andExpect(jsonPath("$.filename").value("photo.png"))
                .andExpect(jsonPath("$.width").value(640))
                .andExpect(jsonPath("$.height").value(480))
                .andExpect(jsonPath("$.visibility").value("ORGANIZATION"))
                .andExpect(jsonPath("$.thumbnailUrl").isNotEmpty())
                .andExpect(jsonPath("$.createdAt").isNotEmpty())
                .andReturn();
        String url = JsonPath.read(created.getResponse().getContentAsString(), "$.url");
        assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo(url);

        MvcResult download = mvc.perform(get(url).with(as(member)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string(HttpHeaders.ETAG, org.hamcrest.Matchers.matchesPattern("\"[0-9a-f]{64}\"")))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, org.hamcrest.Matchers.containsString("private")))
                .andReturn();
        assertThat(TestFiles.read(download.getResponse().getContentAsByteArray())
                        .getWidth())
                .isEqualTo(640);
    }

    @Test
    void refusesATextFileNamedJpgWith415() throws Exception {
        upload(member, "cat.jpg", "image/jpeg", "just some text, not a picture".getBytes(StandardCharsets.UTF_8), null)
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("files.type-not-allowed"))
                .andExpect(jsonPath("$.detectedType").value("text/plain"))
                .andExpect(jsonPath("$.allowedTypes", hasItem("image/jpeg")))
                .andExpect(jsonPath("$.allowedTypes", hasItem("video/mp4")));
    }

    @Test
    void refusesAnImageOverTheImageLimitWith413() throws Exception {
        byte[] eleven = TestFiles.pngHeaderOnly(100, 100, 10 * 1024 * 1024 + 1);

        upload(member, "big.png", "image/png", eleven, null)
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.code").value("files.too-large"))
                .andExpect(jsonPath("$.maxBytes").value(10 * 1024 * 1024))
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("10")));
    }

    @Test
    void refusesAnEmptyFile() throws Exception {
        upload(member, "nothing.png", "image/png", new byte[0], null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("files.empty"));
    }

    @Test
    void stripsExifFromUploadedPhotos() throws Exception {
        String url = urlOf(upload(member, "IMG_0001.JPG", "image/jpeg", TestFiles.jpegWithExif(300, 200, 1), null));

        byte[] stored = mvc.perform(get(url).with(as(member)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "image/jpeg"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        assertThat(TestFiles.hasApp1(stored)).isFalse();
        assertThat(TestFiles.containsSecret(stored)).isFalse();
    }

    @Test
    void servesAThumbnailWithTheLongestSideAt320() throws Exception {
        String url = urlOf(upload(member, "wide.png", "image/png", TestFiles.png(1200, 800), null));

        byte[] thumbnail = mvc.perform(get(url + "/thumbnail").with(as(member)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "image/png"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        BufferedImage image = TestFiles.read(thumbnail);
        assertThat(image.getWidth()).isEqualTo(320);
        assertThat(image.getHeight()).isEqualTo(213);
    }

    @Test
    void hidesAnotherOrganisationsFileAsNotFound() throws Exception {
        String url = urlOf(upload(member, "licence.pdf", "application/pdf", TestFiles.pdf(), null));
        AuthenticatedUser stranger = TestUsers.member(Ids.newId(), FilesPermissions.UPLOAD, FilesPermissions.READ);
        AuthenticatedUser colleagueWithoutRead = TestUsers.member(organization);

        mvc.perform(get(url).with(as(stranger)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("files.not-found"));
        mvc.perform(get(url).with(as(colleagueWithoutRead))).andExpect(status().isNotFound());
        mvc.perform(get(url).with(as(member))).andExpect(status().isOk());
        mvc.perform(get("/api/files/" + Ids.newId()).with(as(member)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("files.not-found"));
    }

    @Test
    void letsVisitorsReadPublicFilesOnly() throws Exception {
        String publicUrl = urlOf(upload(member, "showroom.jpg", "image/jpeg", TestFiles.jpeg(400, 300), "PUBLIC"));
        String privateUrl = urlOf(upload(member, "contract.pdf", "application/pdf", TestFiles.pdf(), "ORGANIZATION"));

        visitor.perform(get(publicUrl))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "image/jpeg"))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, org.hamcrest.Matchers.containsString("public")));
        visitor.perform(get(publicUrl + "/thumbnail")).andExpect(status().isOk());
        visitor.perform(get(privateUrl))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("files.not-found"));
    }

    @Test
    void refusesUploadsWithoutTheUploadPermission() throws Exception {
        AuthenticatedUser reader = TestUsers.member(organization, FilesPermissions.READ);

        upload(reader, "a.png", "image/png", TestFiles.png(10, 10), null)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("shared.forbidden"));
    }

    @Test
    void namesChineseFilesInContentDispositionPerRfc5987() throws Exception {
        String url = urlOf(upload(member, "营业执照.pdf", "application/pdf", TestFiles.pdf(), null));

        mvc.perform(get(url).param("download", "true").with(as(member)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
                .andExpect(
                        header().string(
                                        HttpHeaders.CONTENT_DISPOSITION,
                                        "attachment; filename=\"____.pdf\"; filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7.pdf"));
    }

    @Test
    void answersNotModifiedForAMatchingEtag() throws Exception {
        String url = urlOf(upload(member, "logo.png", "image/png", TestFiles.png(50, 50), null));
        String etag =
                mvc.perform(get(url).with(as(member))).andReturn().getResponse().getHeader(HttpHeaders.ETAG);

        mvc.perform(get(url).header(HttpHeaders.IF_NONE_MATCH, etag).with(as(member)))
                .andExpect(status().isNotModified());
    }

    @Test
    void servesByteRangesSoVideosCanSeek() throws Exception {
        byte[] video = TestFiles.mp4("isom");
        String url = urlOf(upload(member, "factory-tour.mov", "video/quicktime", video, null));

        MvcResult range = mvc.perform(
                        get(url).header(HttpHeaders.RANGE, "bytes=4-7").with(as(member)))
                .andExpect(status().isPartialContent())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "video/mp4"))
                .andExpect(header().string(HttpHeaders.CONTENT_RANGE, "bytes 4-7/" + video.length))
                .andReturn();

        assertThat(range.getResponse().getContentAsString(StandardCharsets.US_ASCII))
                .isEqualTo("ftyp");
    }

    @Test
    void refusesQuickTimeMovies() throws Exception {
        upload(member, "clip.mp4", "video/mp4", TestFiles.mp4("qt  "), null)
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.detectedType").value("video/quicktime"));
    }

    @Test
    void acceptsWebpWithoutAThumbnail() throws Exception {
        upload(member, "banner.webp", "image/webp", TestFiles.webpWithExif(100, 50), null)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("image/webp"))
                .andExpect(jsonPath("$.width").value(100))
                .andExpect(jsonPath("$.thumbnailUrl").doesNotExist());
    }

    private ResultActions upload(
            AuthenticatedUser user, String filename, String claimedType, byte[] content, String visibility)
            throws Exception {
        var request = multipart("/api/files").file(new MockMultipartFile("file", filename, claimedType, content));
        if (visibility != null) {
            request.param("visibility", visibility);
        }
        return mvc.perform(request.with(csrf()).with(as(user)));
    }

    private static String urlOf(ResultActions created) throws Exception {
        return JsonPath.read(
                created.andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.url");
    }
}
