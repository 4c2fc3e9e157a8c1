package org.sightline.core.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;

import org.sightline.core.api.Extractor;
import org.sightline.core.api.Registered;
import org.sightline.core.api.SightlineRegistry;

/**
 * A run's extractors, one instance of each, created ahead of need on a thread of their own, the last
 * step first, while the first worker imports its source and runs the first steps itself: creating an
 * extractor is where its models are loaded (the NLP models: half a second of CPU), and preparing it
 * ({@link Extractor#prepare}) where it reads its dictionaries (the gazetteers and their index), and on
 * two cores the two halves of that load each other's wait away. Each instance
 * goes to the first worker that asks for it ({@link #take}); a step the worker reaches before this
 * thread did is created by the worker, never twice. Creation fails as it would on the worker: the
 * same exception, to the worker that takes the step.
 */
final class PreparedExtractors {

    private final Map<String, FutureTask<Extractor>> tasks = new ConcurrentHashMap<>();
    private final List<FutureTask<Extractor>> lastFirst = new ArrayList<>();
    private final Thread thread;
    private final SightlineRegistry registry;

    PreparedExtractors(SightlineRegistry registry, List<Registered<Extractor>> steps, ThreadFactory factory) {
        this.registry = registry;
        for (Registered<Extractor> r : steps) {
            FutureTask<Extractor> task = new FutureTask<>(() -> create(r, registry));
            if (tasks.putIfAbsent(r.id(), task) == null) {
                lastFirst.add(task);
            }
        }
        Collections.reverse(lastFirst);
        thread = factory.newThread(() -> {
            for (FutureTask<Extractor> task : lastFirst) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                task.run(); // does nothing when a worker has taken and run it already
            }
        });
        thread.start();
    }

    /**
     * A new instance of {@code step}: the prepared one for the first caller (waiting while it is being
     * created), else {@link Registered#create()}.
     */
    Extractor take(Registered<Extractor> step) {
        FutureTask<Extractor> task = tasks.remove(step.id());
        if (task == null) {
            return create(step, registry);
        }
        task.run(); // not started yet: the worker creates it now; else waits for it below
        try {
            return task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the extractor " + step.id() + " was created", e);
        }
    }

    /** A new instance of {@code step}, prepared ({@link Extractor#prepare}) on the calling thread. */
    static Extractor create(Registered<Extractor> step, SightlineRegistry registry) {
        Extractor e = step.create();
        e.prepare(registry);
        return e;
    }

    /** Stops after the step being created, if any (the run is over). */
    void stop() {
        thread.interrupt();
    }
}
