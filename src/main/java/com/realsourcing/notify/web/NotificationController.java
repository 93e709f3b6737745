package com.realsourcing.notify.web;

import com.realsourcing.notify.domain.NotificationService;
import com.realsourcing.shared.security.CurrentUser;
import com.realsourcing.shared.web.PageQuery;
import com.realsourcing.shared.web.PageResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's notification centre; every call is scoped to the caller. */
@RestController
@RequestMapping("/api/notify/notifications")
@PreAuthorize("hasAuthority('notify:notification:read')")
class NotificationController {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    PageResponse<NotificationResponse> list(
            @RequestParam(name = "unreadOnly", defaultValue = "false") boolean unreadOnly,
            @Valid @org.springdoc.core.annotations.ParameterObject PageQuery page) {
        return PageResponse.from(
                notifications.list(CurrentUser.require().userId(), unreadOnly, page.toPageRequest(NEWEST_FIRST)),
                NotificationResponse::from);
    }

    @GetMapping("/unread-count")
    UnreadCountResponse unreadCount() {
        return new UnreadCountResponse(
                notifications.unreadCount(CurrentUser.require().userId()));
    }

    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void markRead(@PathVariable UUID id) {
        notifications.markRead(CurrentUser.require().userId(), id);
    }

    @PostMapping("/read-all")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void markAllRead() {
        notifications.markAllRead(CurrentUser.require().userId());
    }
}
