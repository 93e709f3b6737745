package com.realsourcing.board.web;

import com.realsourcing.board.domain.Announcements;
import com.realsourcing.board.domain.BoardStats;
import com.realsourcing.board.domain.FeedbackService;
import com.realsourcing.board.domain.PostingKind;
import com.realsourcing.identity.api.OrganizationType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request and response records of the board's dashboards, announcements and feedback. */
final class BoardAdminDtos {

    private BoardAdminDtos() {}

    // ---- dashboards ----

    record BoardOemFigures(long demandsPosted, long servicesPosted, long contacts, long deals) {}

    /** One period's figures; every organisation type and posting kind is present, zero when none. */
    record BoardStatsFigures(
            Map<OrganizationType, Long> newOrganizations,
            Map<PostingKind, Long> postingsSubmitted,
            long published,
            long approvals,
            long rejections,
            long contacts,
            long deals,
            long matches,
            long applications,
            long acceptances,
            long quotes,
            BoardOemFigures oem) {

        static BoardStatsFigures from(BoardStats.Figures f) {
            return new BoardStatsFigures(
                    f.newOrganizations(),
                    f.postingsSubmitted(),
                    f.published(),
                    f.approvals(),
                    f.rejections(),
                    f.contacts(),
                    f.deals(),
                    f.matches(),
                    f.applications(),
                    f.acceptances(),
                    f.quotes(),
                    new BoardOemFigures(
                            f.oem().demandsPosted(),
                            f.oem().servicesPosted(),
                            f.oem().contacts(),
                            f.oem().deals()));
        }
    }

    /** A day, an ISO week (Monday to Sunday) or a calendar month; {@code end} is inclusive. */
    record BoardStatsPeriod(LocalDate start, LocalDate end, BoardStatsFigures figures) {}

    /** Postings first published in the range, how many were contacted, how many led to a deal; rates in 0..1. */
    record BoardFunnel(long published, long contacted, long deals, double contactRate, double dealRate) {

        static BoardFunnel from(BoardStats.Funnel f) {
            return new BoardFunnel(
                    f.published(),
                    f.contacted(),
                    f.deals(),
                    f.published() == 0 ? 0 : (double) f.contacted() / f.published(),
                    f.published() == 0 ? 0 : (double) f.deals() / f.published());
        }
    }

    record BoardStatsResponse(
            String granularity,
            LocalDate from,
            LocalDate to,
            String zone,
            List<BoardStatsPeriod> periods,
            BoardStatsFigures totals,
            BoardFunnel funnel) {

        static BoardStatsResponse from(BoardStats.Report r) {
            return new BoardStatsResponse(
                    r.granularity().name().toLowerCase(java.util.Locale.ROOT),
                    r.from(),
                    r.to(),
                    r.zone().getId(),
                    r.periods().stream()
                            .map(p -> new BoardStatsPeriod(p.start(), p.end(), BoardStatsFigures.from(p.figures())))
                            .toList(),
                    BoardStatsFigures.from(r.totals()),
                    BoardFunnel.from(r.funnel()));
        }
    }

    // ---- announcements ----

    /** {@code startsAt} empty: from now; {@code endsAt} empty: until removed. {@code link}: /path or http(s)://… */
    record AnnouncementRequest(
            @NotBlank @Size(max = 100) String title,
            @NotBlank @Size(max = 2000) String body,
            @Size(max = 500) String link,
            @NotNull Announcements.Level level,
            Instant startsAt,
            Instant endsAt) {

        Announcements.Draft draft() {
            return new Announcements.Draft(title, body, link, level, startsAt, endsAt);
        }
    }

    /** An edit carries the {@code version} the editor read, so a concurrent edit is refused instead of lost. */
    record UpdateAnnouncementRequest(
            @NotBlank @Size(max = 100) String title,
            @NotBlank @Size(max = 2000) String body,
            @Size(max = 500) String link,
            @NotNull Announcements.Level level,
            Instant startsAt,
            Instant endsAt,
            @NotNull Integer version) {

        Announcements.Draft draft() {
            return new Announcements.Draft(title, body, link, level, startsAt, endsAt);
        }
    }

    record AnnouncementResponse(
            UUID id,
            String title,
            String body,
            String link,
            Announcements.Level level,
            Instant startsAt,
            Instant endsAt,
            Announcements.State state,
            Instant updatedAt,
            int version) {

        static AnnouncementResponse from(Announcements.Announcement a, Instant now) {
            return new AnnouncementResponse(
                    a.id(),
                    a.title(),
                    a.body(),
                    a.link(),
                    a.level(),
                    a.startsAt(),
                    a.endsAt(),
                    a.stateAt(now),
                    a.updatedAt(),
                    a.version());
        }
    }

    // ---- feedback ----

    /** {@code contact}: a phone number, e-mail or WeChat id, if the author wants to be reached outside the app. */
    record FeedbackRequest(
            @NotNull FeedbackService.Category category,
            @NotBlank @Size(max = 2000) String content,
            @Size(max = 100) String contact) {}

    /** Feedback as its author sees it; {@code contact} masked. */
    record FeedbackResponse(
            UUID id,
            FeedbackService.Category category,
            String content,
            String contact,
            FeedbackService.Status status,
            String reply,
            Instant repliedAt,
            Instant createdAt) {

        static FeedbackResponse from(FeedbackService.Feedback f) {
            return new FeedbackResponse(
                    f.id(),
                    f.category(),
                    f.content(),
                    f.contact(),
                    f.status(),
                    f.reply(),
                    f.repliedAt(),
                    f.createdAt());
        }
    }

    record FeedbackAuthor(UUID userId, String displayName, UUID organizationId, String organizationName, String type) {}

    /** Feedback in the operators' inbox: who wrote it, {@code contact} masked. */
    record FeedbackInboxResponse(
            UUID id,
            FeedbackAuthor author,
            FeedbackService.Category category,
            String content,
            String contact,
            FeedbackService.Status status,
            String reply,
            Instant repliedAt,
            Instant createdAt) {}

    record FeedbackReplyRequest(@NotBlank @Size(max = 2000) String reply) {}

    record FeedbackContactResponse(String contact) {}
}
