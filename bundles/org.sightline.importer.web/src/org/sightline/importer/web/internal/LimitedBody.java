package org.sightline.importer.web.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body collector that stops at a size limit: it refuses up front when Content-Length
 * says the body is too large, and cancels the download as soon as more bytes arrive than allowed,
 * so a 50 MB page costs at most the limit in memory.
 */
public final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body exceeded the limit. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("body larger than " + limit + " bytes");
        }
    }

    private final long limit;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    private LimitedBody(long limit) {
        this.limit = limit;
    }

    /** A subscriber for one response, failing at once when its declared length is over the limit. */
    public static HttpResponse.BodySubscriber<byte[]> subscriber(HttpResponse.ResponseInfo info, long limit) {
        OptionalLong length = info.headers().firstValueAsLong("Content-Length");
        if (length.isPresent() && length.getAsLong() > limit) {
            return failing(limit);
        }
        return new LimitedBody(limit);
    }

    private static HttpResponse.BodySubscriber<byte[]> failing(long limit) {
        LimitedBody body = new LimitedBody(limit);
        body.result.completeExceptionally(new TooLarge(limit));
        return body;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        this.subscription = s;
        if (result.isDone()) {
            s.cancel();
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : buffers) {
            if (bytes.size() + (long) b.remaining() > limit) {
                result.completeExceptionally(new TooLarge(limit));
                subscription.cancel();
                return;
            }
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            bytes.write(chunk, 0, chunk.length);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }
}
