package com.realsourcing.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.realsourcing.chat.api.ChatApi;
import com.realsourcing.chat.api.OpenConversation;
import com.realsourcing.files.TestFiles;
import com.realsourcing.notify.api.DirectMessage;
import com.realsourcing.notify.api.UserNotification;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.shared.security.Masking;
import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * 联系对方 over HTTP: a conversation exists only for its two parties (seed 002 七), contact details stay masked
 * until their owner shares them, read markers and unread counts per organisation, notifications, attachments and
 * who may send. Conversations are opened through {@link ChatApi}, as the board and the directory do.
 */
class ChatApiIntegrationTests extends ApiTestSupport {

    @Autowired
    ChatApi chat;

    record Party(ApiClient client, UUID userId, UUID organizationId, String mobile, String displayName) {}

    private Party party(String type, String organizationName, String displayName) {
        String mobile = uniqueMobile();
        ApiClient client = client();
        var signUp = client.post(
                "/api/identity/sign-up",
                Map.of(
                        "organizationType", type,
                        "organizationName", organizationName,
                        "displayName", displayName,
                        "mobile", mobile,
                        "password", PASSWORD));
        assertThat(signUp.status()).as(signUp.body()).isEqualTo(201);
        return loggedIn(client, mobile, displayName);
    }

    private Party loggedIn(ApiClient client, String login, String displayName) {
        var response = client.post("/api/identity/login", Map.of("login", login, "password", PASSWORD));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode me = client.get("/api/identity/me").json();
        return new Party(
                client,
                UUID.fromString(me.path("id").asString()),
                UUID.fromString(me.path("activeOrganization").path("id").asString()),
                login.contains("@") ? null : login,
                displayName);
    }

    private Party buyer() {
        return party("TRADING_COMPANY", "深圳环球通进出口有限公司", "Amy 王");
    }

    private Party factory() {
        return party("FACTORY", "宁波恒达保温杯制造有限公司", "陈厂长");
    }

    /** A second member of the party's organisation, invited by its owner. */
    private Party colleagueOf(Party owner) {
        String email = uniqueEmail("colleague");
        Mockito.clearInvocations(notify);
        var invited = owner.client()
                .post(
                        "/api/identity/organizations/" + owner.organizationId() + "/invitations",
                        Map.of("email", email, "role", "MEMBER"));
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        ArgumentCaptor<DirectMessage> sent = ArgumentCaptor.forClass(DirectMessage.class);
        verify(notify, timeout(2000)).sendDirect(sent.capture());
        ApiClient client = client();
        var joined = client.post(
                "/api/identity/sign-up",
                Map.of(
                        "email",
                        email,
                        "password",
                        PASSWORD,
                        "displayName",
                        "业务员小李",
                        "invitationCode",
                        String.valueOf(sent.getValue().params().get("code"))));
        assertThat(joined.status()).as(joined.body()).isEqualTo(201);
        return loggedIn(client, email, "业务员小李");
    }

    private UUID open(Party from, Party to, String firstMessage) {
        return chat.open(new OpenConversation(
                        "board.posting",
                        Ids.newId(),
                        "保温杯 30000 个",
                        from.organizationId(),
                        from.userId(),
                        to.organizationId(),
                        firstMessage))
                .id();
    }

    private static String path(UUID conversationId) {
        return "/api/chat/conversations/" + conversationId;
    }

    private static JsonNode send(Party sender, UUID conversationId, String body) {
        var sent = sender.client().post(path(conversationId) + "/messages", Map.of("body", body));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        return sent.json();
    }

    private static List<JsonNode> thread(Party viewer, UUID conversationId) {
        var response = viewer.client().get(path(conversationId) + "/messages?size=100");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        response.json().path("items").forEach(items::add);
        return items;
    }

    private static JsonNode unread(Party viewer) {
        var response = viewer.client().get("/api/chat/unread-count");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode row(Party viewer, UUID conversationId) {
        for (JsonNode item :
                viewer.client().get("/api/chat/conversations?size=100").json().path("items")) {
            if (item.path("id").asString().equals(conversationId.toString())) {
                return item;
            }
        }
        throw new AssertionError("conversation " + conversationId + " not in the list");
    }

    // ---- privacy

    @Test
    void aConversationExistsOnlyForItsTwoParties() {
        Party buyer = buyer();
        Party factory = factory();
        Party outsider = party("FACTORY", "东莞精工模具有限公司", "刘经理");
        ApiClient admin = admin();
        UUID id = open(buyer, factory, "你好，请问 3 月底能交货吗？");
        String messageId = thread(buyer, id).get(0).path("id").asString();

        Map<String, String[]> routes = new HashMap<>();
        routes.put("GET conversation", new String[] {"GET", path(id)});
        routes.put("GET messages", new String[] {"GET", path(id) + "/messages"});
        routes.put("GET message", new String[] {"GET", path(id) + "/messages/" + messageId});
        routes.put("POST message", new String[] {"POST", path(id) + "/messages"});
        routes.put("POST read", new String[] {"POST", path(id) + "/read"});
        routes.put("POST contact-share", new String[] {"POST", path(id) + "/contact-share"});
        for (var caller : Map.of("third party", outsider.client(), "platform admin", admin)
                .entrySet()) {
            for (var route : routes.entrySet()) {
                String[] r = route.getValue();
                var response =
                        caller.getValue().send(r[0], r[1], r[0].equals("POST") ? Map.of("body", "我是来看看的") : null);
                assertThat(response.status())
                        .as("%s: %s %s", caller.getKey(), route.getKey(), response.body())
                        .isEqualTo(404);
                assertThat(response.text("code")).isEqualTo("chat.conversation-not-found");
            }
            assertThat(caller.getValue().get("/api/chat/conversations").body()).doesNotContain(id.toString());
            assertThat(caller.getValue()
                            .get("/api/chat/unread-count")
                            .json()
                            .path("count")
                            .asLong())
                    .isZero();
        }
        // Exactly what a conversation that does not exist answers.
        var missing = buyer.client().get(path(Ids.newId()));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text("code")).isEqualTo("chat.conversation-not-found");
        assertThat(thread(buyer, id)).hasSize(1);

        assertThat(buyer.client().get(path(id)).status()).isEqualTo(200);
        assertThat(factory.client().get(path(id)).status()).isEqualTo(200);
        Party colleague = colleagueOf(factory);
        assertThat(colleague
                        .client()
                        .get(path(id))
                        .json()
                        .path("counterpart")
                        .path("name")
                        .asString())
                .isEqualTo("深圳环球通进出口有限公司");
        assertThat(thread(colleague, id))
                .singleElement()
                .satisfies(m -> assertThat(m.path("body").asString()).isEqualTo("你好，请问 3 月底能交货吗？"));
        assertThat(row(colleague, id).path("unreadCount").asLong()).isEqualTo(1);

        UUID message = UUID.fromString(messageId);
        assertThat(chat.findMessageForParty(message, factory.organizationId()))
                .get()
                .satisfies(view -> {
                    assertThat(view.conversationId()).isEqualTo(id);
                    assertThat(view.subjectType()).isEqualTo("board.posting");
                    assertThat(view.senderUserId()).isEqualTo(buyer.userId());
                    assertThat(view.body()).isEqualTo("你好，请问 3 月底能交货吗？");
                });
        assertThat(chat.findMessageForParty(message, outsider.organizationId())).isEmpty();
        assertThat(chat.findMessageForParty(Ids.newId(), factory.organizationId()))
                .isEmpty();
        assertThat(chat.isParty(id, outsider.organizationId())).isFalse();
    }

    // ---- masking and contact sharing

    @Test
    void contactDetailsStayMaskedForTheOtherPartyUntilTheirOwnerShares() {
        Party buyer = buyer();
        Party factory = factory();
        UUID id = open(buyer, factory, null);
        String buyerText = "我的手机 13812345678，微信: amy_2026，邮箱 amy@globalink.cn";
        send(buyer, id, buyerText);
        send(factory, id, "工厂座机不方便，打我手机 139-8765-4321");

        // Each side reads its own words as written, the other side's masked.
        JsonNode buyerSeenByFactory = thread(factory, id).get(0);
        assertThat(buyerSeenByFactory.path("body").asString())
                .isEqualTo("我的手机 138****5678，微信: a*****，邮箱 a***@globalink.cn")
                .doesNotContain("13812345678", "amy_2026", "amy@globalink.cn");
        assertThat(buyerSeenByFactory.path("masked").asBoolean()).isTrue();
        assertThat(buyerSeenByFactory.path("mine").asBoolean()).isFalse();
        assertThat(thread(buyer, id).get(0).path("body").asString()).isEqualTo(buyerText);
        assertThat(thread(buyer, id).get(0).path("masked").asBoolean()).isFalse();
        assertThat(thread(buyer, id).get(1).path("body").asString()).isEqualTo("工厂座机不方便，打我手机 139****4321");
        assertThat(row(buyer, id).path("lastMessage").path("preview").asString())
                .isEqualTo("工厂座机不方便，打我手机 139****4321");
        assertThat(chat.findMessageForParty(
                                UUID.fromString(buyerSeenByFactory.path("id").asString()), factory.organizationId())
                        .orElseThrow()
                        .body())
                .doesNotContain("13812345678");

        // Before sharing, the other party's own number is masked wherever chat shows it.
        JsonNode factoryView = factory.client().get(path(id)).json();
        assertThat(factoryView.path("counterpartShared").asBoolean()).isFalse();
        assertThat(factoryView.path("counterpartContacts")).singleElement().satisfies(c -> {
            assertThat(c.path("displayName").asString()).isEqualTo("Amy 王");
            assertThat(c.path("mobile").asString()).isEqualTo(Masking.mobile(buyer.mobile()));
            assertThat(c.path("shared").asBoolean()).isFalse();
        });

        // The buyer shares: the factory now sees the buyer's number and the buyer's messages in full.
        var shared = buyer.client().post(path(id) + "/contact-share", null);
        assertThat(shared.status()).as(shared.body()).isEqualTo(200);
        assertThat(shared.json().path("contactShared").asBoolean()).isTrue();
        assertThat(shared.json().path("sharedByMe").asBoolean()).isTrue();
        assertThat(shared.json().path("ownShares").get(0).path("displayName").asString())
                .isEqualTo("Amy 王");

        factoryView = factory.client().get(path(id)).json();
        assertThat(factoryView.path("counterpartShared").asBoolean()).isTrue();
        assertThat(factoryView.path("counterpartContacts")).singleElement().satisfies(c -> {
            assertThat(c.path("mobile").asString()).isEqualTo(buyer.mobile());
            assertThat(c.path("shared").asBoolean()).isTrue();
            assertThat(c.path("sharedAt").isNull()).isFalse();
        });
        List<JsonNode> factoryThread = thread(factory, id);
        assertThat(factoryThread.get(0).path("body").asString()).isEqualTo(buyerText);
        assertThat(factoryThread.get(0).path("masked").asBoolean()).isFalse();
        assertThat(factoryThread.get(2).path("kind").asString()).isEqualTo("CONTACT_SHARED");
        assertThat(factoryThread.get(2).path("senderName").asString()).isEqualTo("Amy 王");

        // The factory has not shared: its number stays masked for the buyer …
        assertThat(thread(buyer, id).get(1).path("body").asString()).contains("139****4321");
        JsonNode buyerView = buyer.client().get(path(id)).json();
        assertThat(buyerView.path("counterpartContacts").get(0).path("mobile").asString())
                .isEqualTo(Masking.mobile(factory.mobile()));
        // … until it does. Sharing twice changes nothing.
        assertThat(factory.client().post(path(id) + "/contact-share", null).status())
                .isEqualTo(200);
        assertThat(factory.client().post(path(id) + "/contact-share", null).status())
                .isEqualTo(200);
        assertThat(thread(buyer, id).get(1).path("body").asString()).isEqualTo("工厂座机不方便，打我手机 139-8765-4321");
        buyerView = buyer.client().get(path(id)).json();
        assertThat(buyerView.path("counterpartContacts").get(0).path("mobile").asString())
                .isEqualTo(factory.mobile());
        assertThat(thread(buyer, id))
                .filteredOn(m -> m.path("kind").asString().equals("CONTACT_SHARED"))
                .hasSize(2);
    }

    // ---- read markers, unread counts, notifications

    @Test
    void unreadCountsFollowEachOrganisationsReadMarker() {
        Party buyer = buyer();
        Party factory = factory();
        UUID id = open(buyer, factory, "您好，保温杯 30000 个，能报个价吗？");
        assertThat(unread(factory).path("count").asLong()).isEqualTo(1);
        assertThat(unread(factory).path("conversations").asLong()).isEqualTo(1);
        assertThat(unread(buyer).path("count").asLong()).isZero();

        send(buyer, id, "需要 LOGO 丝印");
        JsonNode third = send(buyer, id, "3 月底交货");
        assertThat(third.path("readByOtherParty").asBoolean()).isFalse();
        JsonNode row = row(factory, id);
        assertThat(row.path("unreadCount").asLong()).isEqualTo(3);
        assertThat(row.path("counterpart").path("name").asString()).isEqualTo("深圳环球通进出口有限公司");
        assertThat(row.path("counterpart").path("type").asString()).isEqualTo("TRADING_COMPANY");
        assertThat(row.path("subjectTitle").asString()).isEqualTo("保温杯 30000 个");
        assertThat(row.path("lastMessage").path("preview").asString()).isEqualTo("3 月底交货");

        // Read up to the second message (the last one the factory was shown): one stays unread.
        String second = thread(factory, id).get(1).path("id").asString();
        var partly = factory.client().post(path(id) + "/read", Map.of("upToMessageId", second));
        assertThat(partly.status()).as(partly.body()).isEqualTo(200);
        assertThat(partly.json().path("unreadCount").asLong()).isEqualTo(1);
        assertThat(unread(factory).path("count").asLong()).isEqualTo(1);
        // The marker never moves back.
        String first = thread(factory, id).get(0).path("id").asString();
        factory.client().post(path(id) + "/read", Map.of("upToMessageId", first));
        assertThat(unread(factory).path("count").asLong()).isEqualTo(1);

        assertThat(factory.client()
                        .post(path(id) + "/read", null)
                        .json()
                        .path("unreadCount")
                        .asLong())
                .isZero();
        assertThat(unread(factory).path("count").asLong()).isZero();
        assertThat(thread(buyer, id))
                .allSatisfy(
                        m -> assertThat(m.path("readByOtherParty").asBoolean()).isTrue());

        // Replying is reading: the reply is unread for the buyer, nothing is for the factory.
        send(factory, id, "可以，单价 12.5 元");
        assertThat(unread(buyer).path("count").asLong()).isEqualTo(1);
        assertThat(unread(factory).path("count").asLong()).isZero();
        // The newest activity comes first in the list.
        UUID older = open(buyer, factory, "另一个询价");
        send(factory, id, "样品可以免费寄");
        var list = factory.client().get("/api/chat/conversations").json().path("items");
        List<String> order = new ArrayList<>();
        list.forEach(item -> order.add(item.path("id").asString()));
        assertThat(order).containsSubsequence(id.toString(), older.toString());

        var foreignMarker = factory.client().post(path(id) + "/read", Map.of("upToMessageId", Ids.newId()));
        assertThat(foreignMarker.status()).isEqualTo(400);
        assertThat(foreignMarker.json().path("errors").get(0).path("field").asString())
                .isEqualTo("upToMessageId");
    }

    @Test
    void theOtherPartyIsNotifiedOncePerUnreadSpell() {
        Party buyer = buyer();
        Party factory = factory();
        Party colleague = colleagueOf(factory);
        Mockito.clearInvocations(notify);
        UUID id = open(buyer, factory, "在吗？");
        send(buyer, id, "想订 30000 个保温杯");
        send(buyer, id, "请尽快回复");

        String link = "/chat/conversations/" + id;
        for (Party member : List.of(factory, colleague)) {
            verify(notify, times(1))
                    .notifyUser(argThat((UserNotification n) -> n.userId().equals(member.userId())
                            && n.template().equals("notify.chat.message-received")
                            && link.equals(n.link())
                            && n.params().get("sender").equals("深圳环球通进出口有限公司")
                            && n.params().get("subject").equals("保温杯 30000 个")));
        }
        verify(notify, times(0))
                .notifyUser(argThat((UserNotification n) -> n.userId().equals(buyer.userId())));

        // Once somebody of the factory read the conversation, the next message notifies again.
        colleague.client().post(path(id) + "/read", null);
        send(buyer, id, "另外需要彩盒包装");
        verify(notify, times(2))
                .notifyUser(
                        argThat((UserNotification n) -> n.userId().equals(factory.userId()) && link.equals(n.link())));
        // A reply notifies the buyer; sharing contact while the buyer has not read it adds none.
        send(factory, id, "收到，今天报价");
        factory.client().post(path(id) + "/contact-share", null);
        verify(notify, times(1))
                .notifyUser(argThat((UserNotification n) ->
                        n.userId().equals(buyer.userId()) && n.template().equals("notify.chat.message-received")));
        verify(notify, times(0))
                .notifyUser(argThat((UserNotification n) ->
                        n.userId().equals(buyer.userId()) && n.template().equals("notify.chat.contact-shared")));
    }

    // ---- attachments, permissions, validation

    @Test
    void attachmentsMustBeTheSendersOwnUploadsAndTheOtherPartyMayOpenThem() {
        Party buyer = buyer();
        Party factory = factory();
        Party outsider = party("FACTORY", "义乌优品日用品厂", "周老板");
        UUID id = open(buyer, factory, null);
        var upload = buyer.client().upload("/api/files", "样图.png", TestFiles.png(64, 48), Map.of());
        assertThat(upload.status()).as(upload.body()).isEqualTo(201);
        String fileId = upload.text("id");
        assertThat(factory.client().bytes("/api/files/" + fileId).statusCode()).isEqualTo(404);

        var sent =
                buyer.client().post(path(id) + "/messages", Map.of("body", "", "attachmentFileIds", List.of(fileId)));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(sent.header("Location")).hasValue(path(id) + "/messages/" + sent.text("id"));
        assertThat(sent.json().path("attachments").get(0).path("filename").asString())
                .isEqualTo("样图.png");
        assertThat(thread(factory, id)
                        .get(0)
                        .path("attachments")
                        .get(0)
                        .path("url")
                        .asString())
                .isEqualTo("/api/files/" + fileId);
        assertThat(factory.client().bytes("/api/files/" + fileId).statusCode()).isEqualTo(200);
        assertThat(outsider.client().bytes("/api/files/" + fileId).statusCode()).isEqualTo(404);

        // The factory may not pass the buyer's upload off as its own.
        var foreign = factory.client()
                .post(path(id) + "/messages", Map.of("body", "看这个图", "attachmentFileIds", List.of(fileId)));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.text("code")).isEqualTo("chat.attachment-not-found");
        assertThat(foreign.json().path("errors").get(0).path("field").asString())
                .isEqualTo("attachmentFileIds");
        assertThat(thread(factory, id)).hasSize(1);
    }

    @Test
    void aRestrictedAccountReadsButCannotSendOrShare() {
        Party buyer = buyer();
        Party factory = factory();
        UUID id = open(buyer, factory, "您好");
        admin().put(
                        "/api/identity/admin/users/" + factory.userId() + "/state",
                        Map.of("state", "RESTRICTED", "reason", "发布虚假库存信息"));
        Party restricted = loggedIn(client(), factory.mobile(), factory.displayName());

        assertThat(thread(restricted, id)).hasSize(1);
        assertThat(restricted.client().post(path(id) + "/read", null).status()).isEqualTo(200);
        var refused = restricted.client().post(path(id) + "/messages", Map.of("body", "我想回复"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("code")).isEqualTo("shared.forbidden");
        assertThat(restricted.client().post(path(id) + "/contact-share", null).status())
                .isEqualTo(403);
        assertThat(thread(buyer, id)).hasSize(1);
    }

    @Test
    void emptyAndOverlongMessagesAreRefusedInTheCallersLanguage() {
        Party buyer = buyer();
        Party factory = factory();
        UUID id = open(buyer, factory, null);

        var empty = buyer.client().post(path(id) + "/messages", Map.of("body", "   "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.text("code")).isEqualTo("chat.body-required");
        assertThat(empty.json().path("errors").get(0).path("field").asString()).isEqualTo("body");
        assertThat(empty.text("detail")).isEqualTo("请输入消息内容或添加附件。");

        String tooLong = "好".repeat(2001);
        var longZh = buyer.client().post(path(id) + "/messages", Map.of("body", tooLong));
        assertThat(longZh.status()).isEqualTo(400);
        assertThat(longZh.text("code")).isEqualTo("chat.body-too-long");
        assertThat(longZh.text("detail")).isEqualTo("消息不能超过 2000 个字，当前 2001 个字。");

        buyer.client().language("en-US");
        var emptyEn = buyer.client().post(path(id) + "/messages", Map.of());
        assertThat(emptyEn.status()).isEqualTo(400);
        assertThat(emptyEn.text("detail")).isEqualTo("Write a message or attach a file.");
        assertThat(emptyEn.json().path("errors").get(0).path("message").asString())
                .isEqualTo("Write a message or attach a file.");
        var longEn = buyer.client().post(path(id) + "/messages", Map.of("body", tooLong));
        assertThat(longEn.text("detail")).isEqualTo("A message may have at most 2000 characters; this one has 2001.");

        // Exactly 2000 characters (also counting characters outside the BMP as one) go through.
        String longest = "😀" + "好".repeat(1999);
        assertThat(buyer.client()
                        .post(path(id) + "/messages", Map.of("body", longest))
                        .status())
                .isEqualTo(201);
        assertThat(thread(factory, id))
                .singleElement()
                .satisfies(m -> assertThat(m.path("body").asString()).isEqualTo(longest));
    }

    @Test
    void theThreadPagesBackwardsAndPollsForNewMessages() {
        Party buyer = buyer();
        Party factory = factory();
        UUID id = open(buyer, factory, "第 1 条");
        for (int i = 2; i <= 5; i++) {
            send(i % 2 == 0 ? factory : buyer, id, "第 " + i + " 条");
        }
        JsonNode latest = buyer.client().get(path(id) + "/messages?size=2").json();
        assertThat(bodies(latest)).containsExactly("第 4 条", "第 5 条");
        assertThat(latest.path("hasMore").asBoolean()).isTrue();

        String fourth = latest.path("items").get(0).path("id").asString();
        JsonNode earlier = buyer.client()
                .get(path(id) + "/messages?size=2&before=" + fourth)
                .json();
        assertThat(bodies(earlier)).containsExactly("第 2 条", "第 3 条");
        assertThat(earlier.path("hasMore").asBoolean()).isTrue();
        String second = earlier.path("items").get(0).path("id").asString();
        JsonNode first =
                buyer.client().get(path(id) + "/messages?before=" + second).json();
        assertThat(bodies(first)).containsExactly("第 1 条");
        assertThat(first.path("hasMore").asBoolean()).isFalse();

        String fifth = latest.path("items").get(1).path("id").asString();
        assertThat(bodies(buyer.client()
                        .get(path(id) + "/messages?after=" + fifth)
                        .json()))
                .isEmpty();
        send(factory, id, "第 6 条");
        JsonNode polled =
                buyer.client().get(path(id) + "/messages?after=" + fifth).json();
        assertThat(bodies(polled)).containsExactly("第 6 条");
        assertThat(polled.path("hasMore").asBoolean()).isFalse();

        var both = buyer.client().get(path(id) + "/messages?after=" + fifth + "&before=" + fifth);
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.text("code")).isEqualTo("chat.before-and-after");
        assertThat(buyer.client().get(path(id) + "/messages?size=101").status()).isEqualTo(400);
        var single = buyer.client().get(path(id) + "/messages/" + fifth);
        assertThat(single.status()).isEqualTo(200);
        assertThat(single.text("body")).isEqualTo("第 5 条");
    }

    private static List<String> bodies(JsonNode slice) {
        List<String> bodies = new ArrayList<>();
        slice.path("items").forEach(m -> bodies.add(m.path("body").asString()));
        return bodies;
    }
}
