package com.realsourcing.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import com.realsourcing.board.api.PostingPublished;
import com.realsourcing.board.api.PostingRejected;
import com.realsourcing.board.domain.BoardJobs;
import com.realsourcing.board.domain.PostingContent;
import com.realsourcing.board.domain.PostingKind;
import com.realsourcing.board.domain.PostingReviews;
import com.realsourcing.board.domain.PostingService;
import com.realsourcing.board.domain.PostingStatus;
import com.realsourcing.board.domain.PriceRange;
import com.realsourcing.board.domain.ProcurementDetails;
import com.realsourcing.chat.api.ChatApi;
import com.realsourcing.directory.api.DirectoryApi;
import com.realsourcing.directory.api.PlaceView;
import com.realsourcing.directory.api.TagKind;
import com.realsourcing.directory.api.TagView;
import com.realsourcing.files.api.FilesApi;
import com.realsourcing.identity.api.IdentityApi;
import com.realsourcing.notify.api.NotifyApi;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.shared.security.AuthenticatedUser;
import com.realsourcing.shared.security.Capability;
import com.realsourcing.testing.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The board on its own: identity, directory, files, notify and chat, which it uses through their APIs, are mocked.
 * Review decisions announce themselves as events; the expiry job retires postings whose time is up.
 */
@ApplicationModuleTest
@Import(BoardModuleTests.Clocks.class)
class BoardModuleTests {

    static final UUID VACUUM_FLASK = UUID.fromString("01941f29-7c00-700e-bffb-4f0e2224b707");

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock boardTestClock() {
            return new MutableClock(java.time.Instant.parse("2026-12-01T02:00:00Z"));
        }
    }

    @MockitoBean
    IdentityApi identity;

    @MockitoBean
    DirectoryApi directory;

    @MockitoBean
    FilesApi files;

    @MockitoBean
    NotifyApi notify;

    @MockitoBean
    ChatApi chat;

    @Autowired
    PostingService postings;

    @Autowired
    PostingReviews reviews;

    @Autowired
    BoardJobs jobs;

    @Autowired
    MutableClock clock;

    private final UUID buyerOrg = Ids.newId();
    private final AuthenticatedUser buyer = new AuthenticatedUser(
            Ids.newId(), "采购员", buyerOrg, "OWNER", Set.of("board:posting:publish"), Set.of(Capability.BUY_B2B), false);
    private final AuthenticatedUser reviewer = new AuthenticatedUser(
            Ids.newId(), "审核员", Ids.newId(), "REVIEWER", Set.of("board:review:decide"), Set.of(), false);

    @BeforeEach
    void directoryKnowsThePlaceTheTagAndTheBuyer() {
        when(directory.isVerified(any())).thenReturn(true);
        when(directory.findPlace(anyString(), any(), any()))
                .thenReturn(Optional.of(new PlaceView("44", "广东省", "4403", "深圳市", null, null, 22.54, 114.06)));
        when(directory.findTag(VACUUM_FLASK))
                .thenReturn(Optional.of(new TagView(
                        VACUUM_FLASK,
                        "daily-goods.vacuum-flask",
                        TagKind.CATEGORY,
                        "保温杯",
                        "Vacuum flasks",
                        Ids.newId(),
                        null,
                        false)));
        when(directory.countries()).thenReturn(List.of());
        when(identity.membersOf(any())).thenReturn(List.of());
    }

    private PostingContent demand(LocalDate validUntil) {
        var details = new ProcurementDetails(
                "保温杯",
                new BigDecimal("30000"),
                "个",
                new PriceRange(new BigDecimal("12"), null, "CNY"),
                LocalDate.now(clock).plusDays(60),
                "",
                List.of(),
                null,
                List.of(),
                5);
        return new PostingContent(
                "", "", "44", "4403", null, null, VACUUM_FLASK, validUntil, List.of(), details, null, null, null, null);
    }

    @Test
    void approvalPublishesThePostingAndAnnouncesIt(Scenario scenario) {
        var created = postings.create(
                buyer,
                PostingKind.PROCUREMENT,
                demand(null),
                false,
                UUID.randomUUID().toString());
        UUID id = created.posting().getId();
        assertThat(created.posting().getStatus()).isEqualTo(PostingStatus.PENDING_REVIEW);
        assertThat(created.posting().getTitle()).isEqualTo("求购 保温杯 30000 个");

        scenario.stimulate(() -> reviews.approve(reviewer, id))
                .andWaitForEventOfType(PostingPublished.class)
                .matching(e -> e.postingId().equals(id))
                .toArriveAndVerify(e -> {
                    assertThat(e.kind()).isEqualTo("PROCUREMENT");
                    assertThat(e.organizationId()).isEqualTo(buyerOrg);
                    assertThat(e.revision()).isFalse();
                });
    }

    @Test
    void rejectionCarriesTheReasonToTheAuthor(Scenario scenario) {
        UUID id = postings.create(
                        buyer,
                        PostingKind.PROCUREMENT,
                        demand(null),
                        false,
                        UUID.randomUUID().toString())
                .posting()
                .getId();
        scenario.stimulate(() -> reviews.reject(reviewer, id, "数量与描述不符"))
                .andWaitForEventOfType(PostingRejected.class)
                .matching(e -> e.postingId().equals(id))
                .toArriveAndVerify(e -> assertThat(e.reason()).isEqualTo("数量与描述不符"));
        assertThatThrownBy(() -> reviews.reject(reviewer, id, "again"))
                .isInstanceOf(DomainException.class)
                .hasMessage("board.review-decided");
    }

    @Test
    void postingsExpireOnceTheirLastDayHasPassed() {
        UUID id = postings.create(
                        buyer,
                        PostingKind.PROCUREMENT,
                        demand(LocalDate.now(clock.withZone(BoardFixtures.SHANGHAI))
                                .plusDays(3)),
                        false,
                        UUID.randomUUID().toString())
                .posting()
                .getId();
        reviews.approve(reviewer, id);

        clock.advance(Duration.ofDays(2));
        jobs.expireDue();
        assertThat(postings.view(buyer, id).getStatus()).isEqualTo(PostingStatus.PUBLISHED);

        clock.advance(Duration.ofDays(3));
        assertThat(jobs.expireDue()).isGreaterThanOrEqualTo(1);
        assertThat(postings.view(buyer, id).getStatus()).isEqualTo(PostingStatus.EXPIRED);
    }
}
