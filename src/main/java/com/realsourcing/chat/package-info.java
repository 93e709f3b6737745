/**
 * Chat: conversations between two organisations about one subject (a board posting, a directory inquiry …), seed
 * 002's 联系对方. A conversation is visible only to the members of its two parties (seed 002 七: 沟通记录仅双方可见);
 * anybody else is told it does not exist. New messages notify the other party; phone numbers stay masked until their
 * owner shares them.
 *
 * <p>Uses {@code identity :: api} for organisation names and members and for a user's own contact details when the
 * user shares them, {@code notify :: api} for new-message notifications, {@code files :: api} for attachments, and
 * listens to {@code directory :: api}'s inquiries so a buyer and a factory can continue an inquiry here. Other
 * modules open conversations through {@link com.realsourcing.chat.api.ChatApi}; chat knows their subjects only by
 * type, id and title.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "identity :: api", "notify :: api", "files :: api", "directory :: api"})
package com.realsourcing.chat;
