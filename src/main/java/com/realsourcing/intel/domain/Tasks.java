package com.realsourcing.intel.domain;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work handed to another thread of this module (import writers, the search's parts). */
final class Tasks {

    private Tasks() {}

    /**
     * What the task answered; its failure is rethrown as it was (a runtime exception) or wrapped, and an interrupt
     * keeps the thread's flag.
     */
    static <T> T await(Future<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a task", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
