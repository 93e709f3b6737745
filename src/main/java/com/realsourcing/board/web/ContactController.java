package com.realsourcing.board.web;

import com.realsourcing.board.domain.ComplaintService;
import com.realsourcing.board.domain.ContactService;
import com.realsourcing.shared.security.AuthenticatedUser;
import com.realsourcing.shared.security.CurrentUser;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 联系对方 and 对接记录 (seed 002 六.3), and complaints (seed 002 七: 纠纷处理机制). */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "board-contacts", description = "Contacting the other side, complaints")
class ContactController {

    private final ContactService contacts;
    private final ComplaintService complaints;
    private final BoardViews views;

    ContactController(ContactService contacts, ComplaintService complaints, BoardViews views) {
        this.contacts = contacts;
        this.complaints = complaints;
        this.views = views;
    }

    /**
     * 联系对方: opens the conversation with the posting's organisation (or returns the one the two already have),
     * optionally with a first message; the answer names the conversation to open in chat.
     */
    @PostMapping("/api/board/postings/{id}/contacts")
    @PreAuthorize("hasAuthority('board:contact:create')")
    @ResponseStatus(HttpStatus.CREATED)
    BoardDtos.ContactResponse contact(
            @PathVariable UUID id, @Valid @RequestBody(required = false) BoardDtos.ContactRequest request) {
        AuthenticatedUser user = CurrentUser.require();
        var contact = contacts.contact(user, id, request == null ? null : request.message());
        var names = views.names(List.of(), List.of(contact.ownerOrganizationId(), contact.initiatorOrganizationId()));
        return views.contact(contact, names, user.organizationId());
    }

    /** 对接记录: contacts the organisation started and those about its postings. */
    @GetMapping("/api/board/contacts")
    @PreAuthorize("hasAuthority('board:contact:create')")
    List<BoardDtos.ContactResponse> mine() {
        AuthenticatedUser user = CurrentUser.require();
        var list = contacts.mine(user);
        var names = views.names(
                List.of(),
                list.stream()
                        .flatMap(c -> java.util.stream.Stream.of(c.ownerOrganizationId(), c.initiatorOrganizationId()))
                        .toList());
        return list.stream()
                .map(c -> views.contact(c, names, user.organizationId()))
                .toList();
    }

    /** Either party marks that the contact ended in a deal (the funnel's last step). */
    @PostMapping("/api/board/contacts/{id}/deal")
    @PreAuthorize("hasAuthority('board:contact:create')")
    BoardDtos.ContactResponse markDeal(@PathVariable UUID id) {
        AuthenticatedUser user = CurrentUser.require();
        var contact = contacts.markDeal(user, id);
        var names = views.names(List.of(), List.of(contact.ownerOrganizationId(), contact.initiatorOrganizationId()));
        return views.contact(contact, names, user.organizationId());
    }

    /** Reports a published posting or a message of one of the caller's conversations. */
    @PostMapping("/api/board/complaints")
    @PreAuthorize("hasAuthority('board:complaint:create')")
    @ResponseStatus(HttpStatus.CREATED)
    BoardDtos.ComplaintResponse complain(@Valid @RequestBody BoardDtos.ComplaintRequest request) {
        var complaint = complaints.file(
                CurrentUser.require(),
                request.targetType(),
                request.targetId(),
                request.reason(),
                request.description());
        return response(complaint);
    }

    @GetMapping("/api/board/complaints")
    @PreAuthorize("hasAuthority('board:complaint:create')")
    List<BoardDtos.ComplaintResponse> myComplaints() {
        return complaints.mine(CurrentUser.require()).stream()
                .map(this::response)
                .toList();
    }

    private BoardDtos.ComplaintResponse response(ComplaintService.Complaint c) {
        var names = views.names(List.of(), List.of(c.reportedOrganizationId(), c.reporterOrganizationId()));
        return views.complaint(c, names);
    }
}
