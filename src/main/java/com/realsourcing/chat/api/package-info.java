/** What other modules may use of chat: open a conversation about their subject, read a message a party reports. */
@org.springframework.modulith.NamedInterface("api")
package com.realsourcing.chat.api;
