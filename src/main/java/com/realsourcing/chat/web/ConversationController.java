package com.realsourcing.chat.web;

import com.realsourcing.chat.domain.ChatService;
import com.realsourcing.chat.web.ChatDtos.ChatMessageResponse;
import com.realsourcing.chat.web.ChatDtos.ChatReadResponse;
import com.realsourcing.chat.web.ChatDtos.ChatUnreadResponse;
import com.realsourcing.chat.web.ChatDtos.ConversationResponse;
import com.realsourcing.chat.web.ChatDtos.ConversationSummaryResponse;
import com.realsourcing.chat.web.ChatDtos.MarkReadRequest;
import com.realsourcing.chat.web.ChatDtos.MessageSliceResponse;
import com.realsourcing.chat.web.ChatDtos.SendMessageRequest;
import com.realsourcing.shared.security.AuthenticatedUser;
import com.realsourcing.shared.security.CurrentUser;
import com.realsourcing.shared.web.PageQuery;
import com.realsourcing.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 联系对方: the active organisation's conversations, their threads, sending, read markers and contact sharing. A
 * conversation the organisation is not a party to answers 404 on every route, as one that does not exist.
 */
@RestController
@RequestMapping("/api/chat")
@Tag(name = "chat", description = "Conversations between two organisations, visible only to them")
class ConversationController {

    private final ChatService chat;

    ConversationController(ChatService chat) {
        this.chat = chat;
    }

    /** My organisation's conversations, latest activity first; optionally those about one subject. */
    @GetMapping("/conversations")
    @PreAuthorize("hasAuthority('chat:conversation:read')")
    PageResponse<ConversationSummaryResponse> listConversations(
            @RequestParam(required = false) @Pattern(regexp = "[a-z][a-z0-9-]*\\.[a-z][a-z0-9-]*") String subjectType,
            @RequestParam(required = false) UUID subjectId,
            @Valid @ParameterObject PageQuery page) {
        AuthenticatedUser user = CurrentUser.require();
        return PageResponse.from(
                chat.list(user, subjectType, subjectId, page.pageOrDefault(), page.sizeOrDefault()),
                s -> ConversationSummaryResponse.from(s, user.organizationId()));
    }

    @GetMapping("/conversations/{id}")
    @PreAuthorize("hasAuthority('chat:conversation:read')")
    ConversationResponse getConversation(@PathVariable UUID id) {
        return ConversationResponse.from(chat.detail(CurrentUser.require(), id));
    }

    /**
     * The thread, oldest first: the latest {@code size} messages; with {@code before} (a message id) the ones before
     * it, to scroll back; with {@code after}, the ones after it, to poll for new messages.
     */
    @GetMapping("/conversations/{id}/messages")
    @PreAuthorize("hasAuthority('chat:conversation:read')")
    MessageSliceResponse listMessages(
            @PathVariable UUID id,
            @RequestParam(required = false) UUID before,
            @RequestParam(required = false) UUID after,
            @RequestParam(defaultValue = "30") @Min(1) @Max(100) int size) {
        return MessageSliceResponse.from(chat.messages(CurrentUser.require(), id, before, after, size));
    }

    @GetMapping("/conversations/{id}/messages/{messageId}")
    @PreAuthorize("hasAuthority('chat:conversation:read')")
    ChatMessageResponse getMessage(@PathVariable UUID id, @PathVariable UUID messageId) {
        return ChatMessageResponse.from(chat.message(CurrentUser.require(), id, messageId));
    }

    /** Sends a message; the other organisation's members are notified (once while they have unread messages). */
    @PostMapping("/conversations/{id}/messages")
    @PreAuthorize("hasAuthority('chat:message:send')")
    ResponseEntity<ChatMessageResponse> sendMessage(
            @PathVariable UUID id, @Valid @RequestBody SendMessageRequest request) {
        var message = chat.send(CurrentUser.require(), id, request.body(), request.attachmentFileIds());
        return ResponseEntity.created(URI.create("/api/chat/conversations/" + id + "/messages/"
                        + message.message().id()))
                .body(ChatMessageResponse.from(message));
    }

    /** Marks the conversation read for my organisation, up to the given message or the latest. */
    @PostMapping("/conversations/{id}/read")
    @PreAuthorize("hasAuthority('chat:conversation:read')")
    ChatReadResponse markConversationRead(
            @PathVariable UUID id, @RequestBody(required = false) MarkReadRequest request) {
        return new ChatReadResponse(
                chat.markRead(CurrentUser.require(), id, request == null ? null : request.upToMessageId()));
    }

    /**
     * Shares the calling user's own mobile number and e-mail address with the other party; from then on the other
     * party also sees numbers my organisation types here in full. Cannot be undone; sharing again changes nothing.
     */
    @PostMapping("/conversations/{id}/contact-share")
    @PreAuthorize("hasAuthority('chat:message:send')")
    ConversationResponse shareContact(@PathVariable UUID id) {
        return ConversationResponse.from(chat.shareContact(CurrentUser.require(), id));
    }

    @GetMapping("/unread-count")
    @PreAuthorize("hasAuthority('chat:conversation:read')")
    ChatUnreadResponse chatUnreadCount() {
        return ChatUnreadResponse.from(chat.unread(CurrentUser.require()));
    }
}
