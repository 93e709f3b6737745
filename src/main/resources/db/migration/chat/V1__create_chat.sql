create schema if not exists chat;

-- A conversation between two organisations about one subject of another module ("board.posting",
-- "directory.inquiry"), known here only by type, id and title. message_count numbers the messages: a send bumps it
-- with a row lock, so within a conversation message numbers follow commit order and read markers can be numbers.
create table chat.conversations (
    id                          uuid         primary key,
    subject_type                varchar(64)  not null check (subject_type ~ '^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$'),
    subject_id                  uuid         not null,
    subject_title               varchar(200) not null check (length(btrim(subject_title)) > 0),
    initiator_organization_id   uuid         not null,
    initiator_user_id           uuid         not null,
    counterpart_organization_id uuid         not null,
    opened_at                   timestamptz  not null,
    last_message_at             timestamptz,
    message_count               bigint       not null default 0 check (message_count >= 0),
    constraint conversations_two_parties check (initiator_organization_id <> counterpart_organization_id)
);
-- One conversation per subject and unordered pair: whoever opens first (A about B's posting, or B answering A),
-- a concurrent second open finds the first (insert … on conflict do nothing).
create unique index conversations_subject_pair_key on chat.conversations (
    subject_type,
    subject_id,
    least(initiator_organization_id, counterpart_organization_id),
    greatest(initiator_organization_id, counterpart_organization_id));

-- The two parties. read_seq is the organisation's read marker: messages numbered above it from the other party are
-- unread for every member of the organisation.
create table chat.parties (
    conversation_id uuid        not null references chat.conversations (id),
    organization_id uuid        not null,
    read_seq        bigint      not null default 0 check (read_seq >= 0),
    read_at         timestamptz,
    primary key (conversation_id, organization_id)
);
create index parties_organization_idx on chat.parties (organization_id);

-- Messages as their sender wrote them (phone numbers are masked when read, not when stored). CONTACT_SHARED marks
-- the moment a sender shared their contact details (the details themselves are never copied here).
create table chat.messages (
    id                     uuid          primary key,
    conversation_id        uuid          not null,
    seq                    bigint        not null check (seq > 0),
    kind                   varchar(16)   not null check (kind in ('TEXT', 'CONTACT_SHARED')),
    sender_organization_id uuid          not null,
    sender_user_id         uuid          not null,
    body                   varchar(2000) not null default '',
    attachment_file_ids    uuid[]        not null default '{}' check (cardinality(attachment_file_ids) <= 9),
    sent_at                timestamptz   not null,
    constraint messages_conversation_seq_key unique (conversation_id, seq),
    constraint messages_sender_is_party foreign key (conversation_id, sender_organization_id)
        references chat.parties (conversation_id, organization_id),
    constraint messages_text_not_empty
        check (kind <> 'TEXT' or length(btrim(body)) > 0 or cardinality(attachment_file_ids) > 0)
);
-- "May this user download that file?": is it attached to a message of one of their organisation's conversations.
create index messages_attachments_idx on chat.messages using gin (attachment_file_ids);

-- Who of a party shared their own contact details with the other party, and when. Until one of a party's users
-- has, numbers that party types are masked for the other party.
create table chat.contact_shares (
    conversation_id uuid        not null,
    organization_id uuid        not null,
    user_id         uuid        not null,
    shared_at       timestamptz not null,
    primary key (conversation_id, organization_id, user_id),
    constraint contact_shares_by_party foreign key (conversation_id, organization_id)
        references chat.parties (conversation_id, organization_id)
);
