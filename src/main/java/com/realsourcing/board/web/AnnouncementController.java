package com.realsourcing.board.web;

import com.realsourcing.board.domain.Announcements;
import com.realsourcing.shared.security.CurrentUser;
import com.realsourcing.shared.web.PageQuery;
import com.realsourcing.shared.web.PageResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 公告 (seed 002 四.(二) 系统设置 · 公告管理): what the home page shows everybody, and the operators' editor. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "board-announcements", description = "Platform announcements")
class AnnouncementController {

    private final Announcements announcements;

    AnnouncementController(Announcements announcements) {
        this.announcements = announcements;
    }

    /** The announcements showing now, the latest first; open to visitors. */
    @GetMapping("/api/board/announcements")
    List<BoardAdminDtos.AnnouncementResponse> activeAnnouncements() {
        Instant now = announcements.now();
        return announcements.active().stream()
                .map(a -> BoardAdminDtos.AnnouncementResponse.from(a, now))
                .toList();
    }

    /** Every announcement (scheduled, showing, ended), the latest to start first. */
    @GetMapping("/api/board/admin/announcements")
    @PreAuthorize("hasAuthority('board:announcement:manage')")
    PageResponse<BoardAdminDtos.AnnouncementResponse> announcements(@Valid PageQuery paging) {
        Instant now = announcements.now();
        return PageResponse.from(
                announcements.list(paging.pageOrDefault(), paging.sizeOrDefault()),
                a -> BoardAdminDtos.AnnouncementResponse.from(a, now));
    }

    @PostMapping("/api/board/admin/announcements")
    @PreAuthorize("hasAuthority('board:announcement:manage')")
    ResponseEntity<BoardAdminDtos.AnnouncementResponse> createAnnouncement(
            @Valid @RequestBody BoardAdminDtos.AnnouncementRequest request) {
        var created = announcements.create(CurrentUser.require(), request.draft());
        return ResponseEntity.created(URI.create("/api/board/admin/announcements/" + created.id()))
                .body(BoardAdminDtos.AnnouncementResponse.from(created, announcements.now()));
    }

    @GetMapping("/api/board/admin/announcements/{id}")
    @PreAuthorize("hasAuthority('board:announcement:manage')")
    BoardAdminDtos.AnnouncementResponse announcement(@PathVariable UUID id) {
        return BoardAdminDtos.AnnouncementResponse.from(announcements.get(id), announcements.now());
    }

    /** Replaces the content; refused with 409 when someone else changed it since {@code version}. */
    @PutMapping("/api/board/admin/announcements/{id}")
    @PreAuthorize("hasAuthority('board:announcement:manage')")
    BoardAdminDtos.AnnouncementResponse updateAnnouncement(
            @PathVariable UUID id, @Valid @RequestBody BoardAdminDtos.UpdateAnnouncementRequest request) {
        var updated = announcements.update(CurrentUser.require(), id, request.version(), request.draft());
        return BoardAdminDtos.AnnouncementResponse.from(updated, announcements.now());
    }

    @DeleteMapping("/api/board/admin/announcements/{id}")
    @PreAuthorize("hasAuthority('board:announcement:manage')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteAnnouncement(@PathVariable UUID id) {
        announcements.delete(CurrentUser.require(), id);
    }
}
