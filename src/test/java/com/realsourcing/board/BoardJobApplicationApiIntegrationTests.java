package com.realsourcing.board;

import static com.realsourcing.board.BoardFixtures.job;
import static com.realsourcing.board.BoardFixtures.published;
import static com.realsourcing.board.BoardFixtures.verify;
import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** 临时用工: workers filter jobs by city and type, apply with a profile; factories accept up to the headcount. */
class BoardJobApplicationApiIntegrationTests extends ApiTestSupport {

    @Autowired
    JdbcClient jdbc;

    private ApiClient verifiedFactory() {
        ApiClient factory = loggedIn("FACTORY");
        verify(factory, admin(), "FACTORY", "杭州" + UUID.randomUUID().toString().substring(0, 6) + "服饰有限公司");
        return factory;
    }

    private ApiClient workerWithProfile(String name, String mobile) {
        ApiClient worker = loggedIn("WORKER");
        var saved = worker.put(
                "/api/board/worker-profile",
                Map.of(
                        "name",
                        name,
                        "mobile",
                        mobile,
                        "gender",
                        "FEMALE",
                        "birthYear",
                        1990,
                        "experienceYears",
                        6,
                        "jobTypeIds",
                        List.of(BoardFixtures.termId(worker, "JOB_TYPE", "缝纫工")),
                        "provinceCode",
                        "33",
                        "cityCode",
                        "3301",
                        "intro",
                        "熟练平车、双针"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        return worker;
    }

    @Test
    void aWorkerFindsAJobByCityAndTypeAppliesAndIsAcceptedWithTheNumberRevealed() {
        ApiClient factory = verifiedFactory();
        String jobId = published(factory, admin(), job(factory, "缝纫工", 5));
        ApiClient worker = workerWithProfile("王阿姨", "13900139001");
        String sewing = BoardFixtures.termId(worker, "JOB_TYPE", "缝纫工");

        var found =
                worker.get("/api/board/postings?kind=JOB&city=3301&term=" + sewing + "&attribute=housing:yes&size=100");
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(BoardPostingApiIntegrationTests.ids(found.json())).contains(jobId);
        JsonNode item = null;
        for (JsonNode i : found.json().path("items")) {
            if (i.path("id").asString().equals(jobId)) {
                item = i;
            }
        }
        assertThat(item.path("price").path("per").asString()).isEqualTo("DAILY");
        assertThat(item.path("terms").get(0).path("nameZh").asString()).isEqualTo("缝纫工");
        assertThat(worker.get("/api/board/postings?kind=JOB&city=4403&term=" + sewing + "&size=100")
                        .json()
                        .toString())
                .doesNotContain(jobId);

        var applied = worker.post("/api/board/postings/" + jobId + "/applications", Map.of("message", "明天可以到岗"));
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        assertThat(applied.text("status")).isEqualTo("APPLIED");
        var again = worker.post("/api/board/postings/" + jobId + "/applications", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("board.already-applied");

        JsonNode received =
                factory.get("/api/board/postings/" + jobId + "/applications").json();
        assertThat(received.size()).isEqualTo(1);
        assertThat(received.get(0).path("mobile").asString()).isEqualTo("139****9001");
        assertThat(received.get(0).path("message").asString()).isEqualTo("明天可以到岗");

        var accepted = factory.post("/api/board/applications/" + applied.text("id") + "/accept", null);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.text("mobile")).isEqualTo("13900139001");
        assertThat(worker.get("/api/board/my-applications")
                        .json()
                        .get(0)
                        .path("status")
                        .asString())
                .isEqualTo("ACCEPTED");
        // the mobile number is stored encrypted
        String stored = jdbc.sql("select mobile from board.job_applications where id = ?::uuid")
                .param(applied.text("id"))
                .query(String.class)
                .single();
        assertThat(stored).doesNotContain("13900139001");

        // other factories and other workers see nothing of it
        assertThat(verifiedFactory()
                        .get("/api/board/postings/" + jobId + "/applications")
                        .status())
                .isEqualTo(404);
        assertThat(loggedIn("WORKER").get("/api/board/my-applications").json().size())
                .isZero();
    }

    @Test
    void acceptingStopsAtTheHeadcountEvenWhenRacing() throws Exception {
        ApiClient factory = verifiedFactory();
        String jobId = published(factory, admin(), job(factory, "包装工", 2));
        List<String> applications = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ApiClient worker = workerWithProfile("工人" + i, "1370000000" + i);
            applications.add(worker.post("/api/board/postings/" + jobId + "/applications", Map.of())
                    .text("id"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<ApiClient.Response>> answers = new ArrayList<>();
        for (String id : applications) {
            Callable<ApiClient.Response> call = () -> factory.post("/api/board/applications/" + id + "/accept", null);
            answers.add(pool.submit(call));
        }
        int accepted = 0;
        for (Future<ApiClient.Response> answer : answers) {
            var r = answer.get();
            if (r.status() == 200) {
                accepted++;
            } else {
                assertThat(r.status()).as(r.body()).isEqualTo(409);
                assertThat(r.text("code")).isIn("board.headcount-filled", "board.application-decided");
            }
        }
        pool.shutdown();
        assertThat(accepted).isEqualTo(2);
        assertThat(jdbc.sql("select accepted_count from board.postings where id = ?::uuid")
                        .param(jobId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql(
                                "select count(*) from board.job_applications where posting_id = ?::uuid and status = 'ACCEPTED'")
                        .param(jobId)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void applyingNeedsAProfileAndOnlyWorkersApply() {
        ApiClient factory = verifiedFactory();
        String jobId = published(factory, admin(), job(factory, "质检员", 3));
        ApiClient worker = loggedIn("WORKER");
        var noProfile = worker.post("/api/board/postings/" + jobId + "/applications", Map.of());
        assertThat(noProfile.status()).isEqualTo(400);
        assertThat(noProfile.text("code")).isEqualTo("board.worker-profile-required");
        var badMobile =
                worker.put("/api/board/worker-profile", Map.of("name", "李师傅", "mobile", "12345", "experienceYears", 3));
        assertThat(badMobile.status()).isEqualTo(400);
        assertThat(badMobile.json().path("errors").get(0).path("field").asString())
                .isEqualTo("mobile");
        assertThat(loggedIn("TRADING_COMPANY")
                        .post("/api/board/postings/" + jobId + "/applications", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(client().post("/api/board/postings/" + jobId + "/applications", Map.of())
                        .status())
                .isEqualTo(401);
    }
}
