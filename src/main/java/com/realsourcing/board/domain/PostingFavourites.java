package com.realsourcing.board.domain;

import com.realsourcing.shared.security.AuthenticatedUser;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 收藏夹: postings a user keeps (factories are kept in the directory's favourites). */
@Service
public class PostingFavourites {

    private final PostingRepository postings;
    private final JdbcClient jdbc;
    private final Clock clock;

    PostingFavourites(PostingRepository postings, JdbcClient jdbc, Clock clock) {
        this.postings = postings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Keeps a published posting (keeping it twice changes nothing). */
    @Transactional
    public void add(AuthenticatedUser user, UUID postingId) {
        postings.findById(postingId).filter(Posting::isPublished).orElseThrow(PostingService::notFound);
        jdbc.sql(
                        "insert into board.favourites (user_id, posting_id, created_at) values (?, ?, ?) on conflict do nothing")
                .params(user.userId(), postingId, Timestamp.from(clock.instant()))
                .update();
    }

    @Transactional
    public void remove(AuthenticatedUser user, UUID postingId) {
        jdbc.sql("delete from board.favourites where user_id = ? and posting_id = ?")
                .params(user.userId(), postingId)
                .update();
    }

    /** The user's kept postings, newest kept first, whatever their status is now. */
    @Transactional(readOnly = true)
    public List<Posting> list(AuthenticatedUser user) {
        List<UUID> ids = jdbc.sql(
                        "select posting_id from board.favourites where user_id = ? order by created_at desc limit 200")
                .param(user.userId())
                .query(UUID.class)
                .list();
        var found = postings.findAllById(ids);
        return ids.stream()
                .flatMap(id -> found.stream().filter(p -> p.getId().equals(id)))
                .toList();
    }

    @Transactional(readOnly = true)
    public boolean isFavourite(AuthenticatedUser user, UUID postingId) {
        return user != null
                && jdbc.sql("select exists(select 1 from board.favourites where user_id = ? and posting_id = ?)")
                        .params(user.userId(), postingId)
                        .query(Boolean.class)
                        .single();
    }
}
