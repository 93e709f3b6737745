package com.realsourcing.intel.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.Test;

class TasksTests {

    @Test
    void answersWhatTheTaskAnswered() {
        assertThat(Tasks.await(CompletableFuture.completedFuture("纺织"))).isEqualTo("纺织");
    }

    @Test
    void aRuntimeFailureIsRethrownAsItWas() {
        IllegalArgumentException failure = new IllegalArgumentException("unknown industry");
        FutureTask<String> task = new FutureTask<>(() -> {
            throw failure;
        });
        task.run();
        assertThatThrownBy(() -> Tasks.await(task)).isSameAs(failure);
    }

    @Test
    void aCheckedFailureIsWrapped() {
        FutureTask<String> task = new FutureTask<>(() -> {
            throw new IOException("disk");
        });
        task.run();
        assertThatThrownBy(() -> Tasks.await(task))
                .isInstanceOf(IllegalStateException.class)
                .hasCauseInstanceOf(IOException.class);
    }

    @Test
    void anInterruptedWaitKeepsTheFlag() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> Tasks.await(new CompletableFuture<String>()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasCauseInstanceOf(InterruptedException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
