package com.realsourcing.board.web;

import com.realsourcing.board.domain.FeedbackService;
import com.realsourcing.identity.api.IdentityApi;
import com.realsourcing.identity.api.OrganizationSummary;
import com.realsourcing.identity.api.UserSummary;
import com.realsourcing.shared.security.CurrentUser;
import com.realsourcing.shared.web.PageQuery;
import com.realsourcing.shared.web.PageResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 意见反馈 (seed 002 个人中心): users write to the platform and read the replies; operators keep the inbox. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "board-feedback", description = "Feedback to the platform")
class FeedbackController {

    private final FeedbackService feedback;
    private final IdentityApi identity;

    FeedbackController(FeedbackService feedback, IdentityApi identity) {
        this.feedback = feedback;
        this.identity = identity;
    }

    @PostMapping("/api/board/feedback")
    @PreAuthorize("hasAuthority('board:feedback:submit')")
    ResponseEntity<BoardAdminDtos.FeedbackResponse> submitFeedback(
            @Valid @RequestBody BoardAdminDtos.FeedbackRequest request) {
        var created = feedback.submit(CurrentUser.require(), request.category(), request.content(), request.contact());
        return ResponseEntity.created(URI.create("/api/board/my-feedback"))
                .body(BoardAdminDtos.FeedbackResponse.from(created));
    }

    /** The caller's own feedback and the replies, newest first. */
    @GetMapping("/api/board/my-feedback")
    @PreAuthorize("hasAuthority('board:feedback:submit')")
    PageResponse<BoardAdminDtos.FeedbackResponse> myFeedback(@Valid PageQuery paging) {
        return PageResponse.from(
                feedback.mine(CurrentUser.require(), paging.pageOrDefault(), paging.sizeOrDefault()),
                BoardAdminDtos.FeedbackResponse::from);
    }

    /** The inbox, oldest first; {@code status} and {@code category} narrow it. */
    @GetMapping("/api/board/admin/feedback")
    @PreAuthorize("hasAuthority('board:feedback:manage')")
    PageResponse<BoardAdminDtos.FeedbackInboxResponse> feedbackInbox(
            @RequestParam(required = false) FeedbackService.Status status,
            @RequestParam(required = false) FeedbackService.Category category,
            @Valid PageQuery paging) {
        var page = feedback.inbox(status, category, paging.pageOrDefault(), paging.sizeOrDefault());
        Map<UUID, OrganizationSummary> organizations = identity.findOrganizations(page.getContent().stream()
                .map(FeedbackService.Feedback::organizationId)
                .toList());
        Map<UUID, UserSummary> users = new HashMap<>();
        page.getContent()
                .forEach(f -> users.computeIfAbsent(
                        f.userId(), id -> identity.findUser(id).orElse(null)));
        return PageResponse.from(page, f -> inboxEntry(f, organizations, users));
    }

    /** Replies once; the author is told in-app. */
    @PostMapping("/api/board/admin/feedback/{id}/reply")
    @PreAuthorize("hasAuthority('board:feedback:manage')")
    BoardAdminDtos.FeedbackInboxResponse replyToFeedback(
            @PathVariable UUID id, @Valid @RequestBody BoardAdminDtos.FeedbackReplyRequest request) {
        return inboxEntry(feedback.reply(CurrentUser.require(), id, request.reply()));
    }

    /** Closes without a reply. */
    @PostMapping("/api/board/admin/feedback/{id}/close")
    @PreAuthorize("hasAuthority('board:feedback:manage')")
    BoardAdminDtos.FeedbackInboxResponse closeFeedback(@PathVariable UUID id) {
        return inboxEntry(feedback.close(CurrentUser.require(), id));
    }

    /** The author's contact in full, to reach them outside the platform; the look is written to the audit log. */
    @PostMapping("/api/board/admin/feedback/{id}/contact")
    @PreAuthorize("hasAuthority('board:feedback:manage')")
    BoardAdminDtos.FeedbackContactResponse feedbackContact(@PathVariable UUID id) {
        return new BoardAdminDtos.FeedbackContactResponse(feedback.revealContact(CurrentUser.require(), id));
    }

    private BoardAdminDtos.FeedbackInboxResponse inboxEntry(FeedbackService.Feedback f) {
        Map<UUID, UserSummary> users = new HashMap<>();
        identity.findUser(f.userId()).ifPresent(u -> users.put(u.id(), u));
        return inboxEntry(f, identity.findOrganizations(java.util.List.of(f.organizationId())), users);
    }

    private static BoardAdminDtos.FeedbackInboxResponse inboxEntry(
            FeedbackService.Feedback f, Map<UUID, OrganizationSummary> organizations, Map<UUID, UserSummary> users) {
        OrganizationSummary org = organizations.get(f.organizationId());
        UserSummary user = users.get(f.userId());
        return new BoardAdminDtos.FeedbackInboxResponse(
                f.id(),
                new BoardAdminDtos.FeedbackAuthor(
                        f.userId(),
                        user == null ? null : user.displayName(),
                        f.organizationId(),
                        org == null ? null : org.name(),
                        org == null ? null : org.type().name()),
                f.category(),
                f.content(),
                f.contact(),
                f.status(),
                f.reply(),
                f.repliedAt(),
                f.createdAt());
    }
}
