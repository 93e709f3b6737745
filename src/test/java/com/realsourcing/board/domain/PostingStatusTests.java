package com.realsourcing.board.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.realsourcing.shared.domain.DomainException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PostingStatusTests {

    private static final Instant NOW = Instant.parse("2026-12-06T02:00:00Z");

    private static Posting draft() {
        PostingSnapshot content = new PostingSnapshot(
                "求购 保温杯 100 个",
                "",
                "44",
                "4403",
                null,
                null,
                null,
                null,
                null,
                BigDecimal.valueOf(100),
                "个",
                null,
                "{}",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                "",
                NOW.plusSeconds(86_400 * 30),
                10);
        return new Posting(
                UUID.randomUUID(), PostingKind.PROCUREMENT, UUID.randomUUID(), UUID.randomUUID(), "k", content, NOW);
    }

    @Test
    void aPostingGoesThroughReviewToPublicationAndExpiry() {
        Posting p = draft();
        assertThat(p.getStatus()).isEqualTo(PostingStatus.DRAFT);
        p.submit(List.of(), NOW);
        assertThat(p.getStatus()).isEqualTo(PostingStatus.PENDING_REVIEW);
        p.approve(NOW);
        assertThat(p.getStatus()).isEqualTo(PostingStatus.PUBLISHED);
        assertThat(p.getPublishedAt()).isEqualTo(NOW);
        p.expire(NOW);
        assertThat(p.getStatus()).isEqualTo(PostingStatus.EXPIRED);
    }

    @Test
    void refusesIllegalTransitions() {
        Posting p = draft();
        assertThatThrownBy(() -> p.approve(NOW))
                .isInstanceOf(DomainException.class)
                .hasMessage(BoardError.ILLEGAL_TRANSITION);
        p.submit(List.of(), NOW);
        p.reject("信息不完整", NOW);
        assertThat(p.getRejectionReason()).isEqualTo("信息不完整");
        assertThatThrownBy(() -> p.close(NOW)).hasMessage(BoardError.ILLEGAL_TRANSITION);
        assertThatThrownBy(() -> p.expire(NOW)).hasMessage(BoardError.ILLEGAL_TRANSITION);
        p.submit(List.of(), NOW);
        p.approve(NOW);
        p.close(NOW);
        assertThat(PostingStatus.CLOSED.next()).isEmpty();
        assertThatThrownBy(() -> p.withdraw(NOW)).hasMessage(BoardError.ILLEGAL_TRANSITION);
    }

    @Test
    void aRevisionOfAPublishedPostingLeavesItUpUntilApproved() {
        Posting p = draft();
        p.submit(List.of(), NOW);
        p.approve(NOW);
        PostingSnapshot changed = new PostingSnapshot(
                "求购 保温杯 200 个",
                "",
                "44",
                "4403",
                null,
                null,
                null,
                null,
                null,
                BigDecimal.valueOf(200),
                "个",
                null,
                "{}",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                "",
                NOW.plusSeconds(86_400 * 30),
                10);
        p.proposeRevision(changed, List.of(), NOW);
        assertThat(p.getTitle()).isEqualTo("求购 保温杯 100 个");
        assertThat(p.hasPendingRevision()).isTrue();
        assertThatThrownBy(() -> p.edit(changed, NOW)).hasMessage(BoardError.POSTING_NOT_EDITABLE);
        p.approveRevision(NOW);
        assertThat(p.getTitle()).isEqualTo("求购 保温杯 200 个");
        assertThat(p.hasPendingRevision()).isFalse();
        assertThat(p.getStatus()).isEqualTo(PostingStatus.PUBLISHED);
    }

    @Test
    void repostingApprovedCleanContentPublishesAgainAndFlaggedContentGoesToReview() {
        Posting p = draft();
        p.submit(List.of(), NOW);
        p.approve(NOW);
        p.withdraw(NOW);
        p.repost(NOW.plusSeconds(86_400 * 10), List.of(), NOW);
        assertThat(p.getStatus()).isEqualTo(PostingStatus.PUBLISHED);
        p.expire(NOW);
        p.repost(
                NOW.plusSeconds(86_400 * 10),
                List.of(new ModerationHit("微信", "微信", ModerationLevel.REVIEW, "description")),
                NOW);
        assertThat(p.getStatus()).isEqualTo(PostingStatus.PENDING_REVIEW);
        assertThat(p.isReviewFlagged()).isTrue();
    }
}
