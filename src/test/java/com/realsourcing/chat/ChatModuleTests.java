package com.realsourcing.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.realsourcing.chat.api.ChatApi;
import com.realsourcing.chat.api.ConversationOpened;
import com.realsourcing.chat.api.ConversationRef;
import com.realsourcing.chat.api.OpenConversation;
import com.realsourcing.chat.domain.ChatService;
import com.realsourcing.chat.domain.ChatViews.ConversationSummary;
import com.realsourcing.directory.api.InquirySent;
import com.realsourcing.files.api.FilesApi;
import com.realsourcing.identity.api.IdentityApi;
import com.realsourcing.notify.api.NotifyApi;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.shared.security.AuthenticatedUser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.event.TransactionalEventListener;

/** The chat module on its own; identity, notify and files, which it uses through their APIs, are mocked. */
@ApplicationModuleTest
// Closed afterwards: no other test shares this context (it adds a listener), and each cached context holds a pool.
@DirtiesContext
class ChatModuleTests {

    @MockitoBean
    IdentityApi identity;

    @MockitoBean
    NotifyApi notify;

    @MockitoBean
    FilesApi files;

    @Autowired
    ChatApi chat;

    @Autowired
    ChatService service;

    @Autowired
    OpenedEvents opened;

    @Autowired
    CompletedEventPublications completed;

    /** Every committed {@link ConversationOpened}, from any thread. */
    static class OpenedEvents {

        final ConcurrentLinkedQueue<ConversationOpened> events = new ConcurrentLinkedQueue<>();

        @TransactionalEventListener
        void on(ConversationOpened event) {
            events.add(event);
        }

        long about(UUID subjectId) {
            return events.stream().filter(e -> e.subjectId().equals(subjectId)).count();
        }
    }

    @TestConfiguration
    static class Listeners {

        @Bean
        OpenedEvents openedEvents() {
            return new OpenedEvents();
        }
    }

    private static AuthenticatedUser member(UUID organizationId) {
        return new AuthenticatedUser(
                Ids.newId(),
                "成员",
                organizationId,
                "MEMBER",
                Set.of("chat:conversation:read", "chat:message:send"),
                Set.of(),
                false);
    }

    @Test
    void anInquiryContinuesAsAConversationBetweenBuyerAndFactory(Scenario scenario) {
        UUID inquiryId = Ids.newId();
        UUID buyerOrg = Ids.newId();
        UUID buyerUser = Ids.newId();
        UUID factoryOrg = Ids.newId();
        InquirySent inquiry = new InquirySent(
                inquiryId,
                Ids.newId(),
                factoryOrg,
                buyerOrg,
                buyerUser,
                "真空保温杯",
                30000,
                "个",
                "请报价：含 LOGO 印刷，3 月底交货。",
                Instant.now());

        scenario.publish(inquiry)
                .andWaitForEventOfType(ConversationOpened.class)
                .matching(event -> event.subjectId().equals(inquiryId))
                .toArriveAndVerify(event -> {
                    assertThat(event.subjectType()).isEqualTo("directory.inquiry");
                    assertThat(event.initiatorOrganizationId()).isEqualTo(buyerOrg);
                    assertThat(event.counterpartOrganizationId()).isEqualTo(factoryOrg);
                });

        ConversationSummary row = onlyConversation(member(factoryOrg), inquiryId);
        assertThat(row.conversation().subjectTitle()).isEqualTo("真空保温杯 · 30000 个");
        assertThat(row.unreadCount()).isEqualTo(1);
        assertThat(row.lastMessage().body()).isEqualTo("请报价：含 LOGO 印刷，3 月底交货。");
        assertThat(row.lastMessage().message().senderUserId()).isEqualTo(buyerUser);
        assertThat(onlyConversation(member(buyerOrg), inquiryId).unreadCount()).isZero();
        // The directory already told the factory about the inquiry.
        verify(notify, never()).notifyUser(any());

        // Delivered again (a restart republishes an event whose listener did not complete): nothing new.
        scenario.publish(inquiry)
                .andWaitForStateChange(() -> completedDeliveries(inquiryId), count -> count >= 2)
                .andVerify(count -> {
                    ConversationSummary again = onlyConversation(member(factoryOrg), inquiryId);
                    assertThat(again.conversation().id())
                            .isEqualTo(row.conversation().id());
                    assertThat(again.conversation().messageCount()).isEqualTo(1);
                    assertThat(again.unreadCount()).isEqualTo(1);
                });
        assertThat(opened.about(inquiryId)).isEqualTo(1);
    }

    @Test
    void concurrentOpensOfOnePairAndSubjectMakeOneConversation() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                UUID subject = Ids.newId();
                UUID a = Ids.newId();
                UUID b = Ids.newId();
                // Each side contacts the other at the same moment (A about B's posting, B answering A).
                OpenConversation fromA =
                        new OpenConversation("board.posting", subject, "保温杯 30000 个", a, Ids.newId(), b, "你好，想了解一下");
                OpenConversation fromB =
                        new OpenConversation("board.posting", subject, "保温杯 30000 个", b, Ids.newId(), a, null);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ConversationRef>> results = new ArrayList<>();
                for (OpenConversation command : List.of(fromA, fromB)) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return chat.open(command);
                    }));
                }
                start.countDown();
                List<ConversationRef> refs = Collections.synchronizedList(new ArrayList<>());
                for (Future<ConversationRef> result : results) {
                    refs.add(result.get());
                }

                assertThat(refs)
                        .extracting(ConversationRef::id)
                        .containsOnly(refs.get(0).id());
                assertThat(refs).filteredOn(ConversationRef::created).hasSize(1);
                assertThat(service.list(member(a), "board.posting", subject, 0, 10)
                                .getTotalElements())
                        .isEqualTo(1);
                assertThat(service.list(member(b), "board.posting", subject, 0, 10)
                                .getTotalElements())
                        .isEqualTo(1);
                assertThat(opened.about(subject))
                        .as("ConversationOpened events")
                        .isEqualTo(1);
                assertThat(chat.isParty(refs.get(0).id(), a)).isTrue();
                assertThat(chat.isParty(refs.get(0).id(), b)).isTrue();
                assertThat(chat.isParty(refs.get(0).id(), Ids.newId())).isFalse();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRepeatedOpenAddsNoSecondFirstMessage() {
        UUID subject = Ids.newId();
        UUID a = Ids.newId();
        UUID b = Ids.newId();
        OpenConversation command =
                new OpenConversation("board.posting", subject, "注塑加工 5 万件", a, Ids.newId(), b, "能做 PP 材料吗？");

        ConversationRef first = chat.open(command);
        ConversationRef second = chat.open(command);

        assertThat(first.created()).isTrue();
        assertThat(second).isEqualTo(new ConversationRef(first.id(), false));
        assertThat(onlyConversation(member(b), subject).conversation().messageCount())
                .isEqualTo(1);
    }

    private ConversationSummary onlyConversation(AuthenticatedUser viewer, UUID subjectId) {
        var page = service.list(viewer, null, subjectId, 0, 10);
        assertThat(page.getContent()).hasSize(1);
        return page.getContent().get(0);
    }

    private long completedDeliveries(UUID inquiryId) {
        return completed.findAll().stream()
                .filter(p -> p.getEvent() instanceof InquirySent sent
                        && sent.inquiryId().equals(inquiryId))
                .count();
    }
}
