package org.sightline.spark.internal;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.zip.GZIPInputStream;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.sightline.core.api.FileSources;
import org.sightline.core.api.Gzip;
import org.sightline.core.api.Sizes;
import org.sightline.core.api.Source;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The sources in one input file, read through Hadoop's file system, one at a time so that a crawl of
 * many gigabytes never sits in memory: a plain file ({@code .txt}, {@code .html}, a feed, any of them
 * {@code .gz}) is one source, with the limits of {@link FileSources}; a WARC file
 * ({@code .warc}, {@code .warc.gz}) gives a source per archived page or text (HTTP 200 responses and
 * resources of a text, HTML or feed type; images, scripts and the like are passed over); a JSON lines
 * file ({@code .jsonl}, {@code .ndjson}, either {@code .gz}) a source per line, its text in a field.
 */
public abstract class Sources implements Closeable {

    /** Media types read from WARC records: what Sightline's importers read. */
    static final Set<String> READ_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain", "application/rss+xml",
            "application/atom+xml", "application/xml", "text/xml");

    /** The next source, or null at the end; a damaged record is reported to {@code failed} and skipped. */
    public abstract Source next() throws IOException;

    /** Opens {@code file}; {@code failed(input, reason)} hears about records that cannot be read. */
    public static Sources open(Configuration conf, InputFile file, String textField, BiConsumer<String, String> failed) throws IOException {
        String lower = file.name().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
            return new Warc(conf, file, failed);
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".jsonl.gz") || lower.endsWith(".ndjson.gz")) {
            return new JsonLines(conf, file, textField, failed);
        }
        return new Single(conf, file);
    }

    static InputStream stream(Configuration conf, InputFile file) throws IOException {
        Path p = new Path(file.uri());
        return p.getFileSystem(conf).open(p);
    }

    /** Reads at most {@code limit} bytes of {@code in}; more is an error naming the limit. */
    static byte[] bounded(InputStream in, long limit, String what) throws IOException {
        byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (b.length > limit) {
            throw new IOException(what + " is larger than the limit of " + Sizes.describe(limit));
        }
        return b;
    }

    /** A plain file: one source, read when the importer asks (errors then fail this input alone, worded as for local files). */
    static final class Single extends Sources {
        private final Configuration conf;
        private final InputFile file;
        private boolean done;

        Single(Configuration conf, InputFile file) {
            this.conf = conf;
            this.file = file;
        }

        @Override
        public Source next() {
            if (done) {
                return null;
            }
            done = true;
            return new Source() {
                @Override
                public String name() {
                    return file.name();
                }

                @Override
                public byte[] bytes() throws IOException {
                    if (file.length() > FileSources.DEFAULT_MAX_BYTES) {
                        throw new IOException("is " + Sizes.describe(file.length()) + ", larger than the limit of " + Sizes.describe(FileSources.DEFAULT_MAX_BYTES));
                    }
                    byte[] raw;
                    try (InputStream in = stream(conf, file)) {
                        raw = in.readNBytes((int) FileSources.DEFAULT_MAX_BYTES + 1);
                    }
                    if (raw.length > FileSources.DEFAULT_MAX_BYTES) {
                        throw new IOException("is " + Sizes.describe(raw.length) + ", larger than the limit of " + Sizes.describe(FileSources.DEFAULT_MAX_BYTES));
                    }
                    return Gzip.isGzip(raw) ? Gzip.gunzip(raw, FileSources.DEFAULT_MAX_DECOMPRESSED) : raw;
                }
            };
        }

        @Override
        public void close() {
            // nothing open
        }
    }

    /** A WARC file, records read in order; the source of a record is named by its target URI. */
    static final class Warc extends Sources {
        private final InputFile file;
        private final BiConsumer<String, String> failed;
        private final WarcReader reader;
        private long records;

        Warc(Configuration conf, InputFile file, BiConsumer<String, String> failed) throws IOException {
            this.file = file;
            this.failed = failed;
            this.reader = new WarcReader(stream(conf, file)); // gzip members are recognised by the reader
            this.reader.setLenient(true);
        }

        @Override
        public Source next() throws IOException {
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    failed.accept(file.name() + " (after record " + records + ")", "the rest of the WARC file cannot be read: " + e.getMessage());
                    return null;
                }
                if (next.isEmpty()) {
                    return null;
                }
                records++;
                WarcRecord r = next.get();
                String where = file.name() + " record " + records;
                try {
                    if (r instanceof WarcResponse response) {
                        HttpResponse http = response.http();
                        MediaType type = http.contentType();
                        if (http.status() != 200 || !READ_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT))) {
                            continue;
                        }
                        byte[] body = bounded(http.bodyDecoded().stream(), FileSources.DEFAULT_MAX_DECOMPRESSED, "the page");
                        return new Page(response.target(), body, type);
                    }
                    if (r instanceof WarcResource resource) {
                        MediaType type = resource.contentType();
                        if (!READ_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT))) {
                            continue;
                        }
                        byte[] body = bounded(resource.body().stream(), FileSources.DEFAULT_MAX_DECOMPRESSED, "the resource");
                        return new Page(resource.target(), body, type);
                    }
                } catch (IOException | RuntimeException e) {
                    failed.accept(where, "cannot be read from the WARC file (" + e.getMessage() + ")");
                }
            }
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    /** An archived page with the media type and charset its HTTP header declared. */
    record Page(String name, byte[] content, MediaType type) implements Source {
        @Override
        public byte[] bytes() {
            return content;
        }

        @Override
        public Optional<String> declaredCharset() {
            return Optional.ofNullable(type.parameters().get("charset"));
        }

        @Override
        public Optional<String> declaredMediaType() {
            return Optional.of(type.base().toString());
        }
    }

    /** JSON lines: one object per line, its text in {@code textField}; the source is named FILE:LINE. */
    static final class JsonLines extends Sources {
        private final InputFile file;
        private final String textField;
        private final BiConsumer<String, String> failed;
        private final BufferedReader lines;
        private long line;

        JsonLines(Configuration conf, InputFile file, String textField, BiConsumer<String, String> failed) throws IOException {
            this.file = file;
            this.textField = textField;
            this.failed = failed;
            InputStream in = stream(conf, file);
            if (file.name().toLowerCase(Locale.ROOT).endsWith(".gz")) {
                in = new GZIPInputStream(in);
            }
            // Malformed UTF-8 is an error for the file, not replacement characters in the text.
            this.lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        }

        @Override
        public Source next() throws IOException {
            while (true) {
                String text;
                try {
                    text = lines.readLine();
                } catch (CharacterCodingException e) {
                    failed.accept(file.name() + ":" + (line + 1), "is not valid UTF-8; the rest of the file is not read");
                    return null;
                } catch (IOException e) {
                    failed.accept(file.name() + ":" + (line + 1), "the rest of the file cannot be read (" + e.getMessage() + ")");
                    return null;
                }
                if (text == null) {
                    return null;
                }
                line++;
                if (text.isBlank()) {
                    continue;
                }
                String name = file.name() + ":" + line;
                if (text.length() > FileSources.DEFAULT_MAX_DECOMPRESSED) {
                    failed.accept(name, "the line is longer than the limit of " + Sizes.describe(FileSources.DEFAULT_MAX_DECOMPRESSED));
                    continue;
                }
                try {
                    JsonElement e = JsonParser.parseString(text);
                    JsonElement field = e.isJsonObject() ? ((JsonObject) e).get(textField) : null;
                    if (field == null || !field.isJsonPrimitive() || !field.getAsJsonPrimitive().isString()) {
                        failed.accept(name, "has no string field \"" + textField + "\" (choose the field with --text-field)");
                        continue;
                    }
                    return Source.of(name, field.getAsString().getBytes(StandardCharsets.UTF_8));
                } catch (JsonParseException | IllegalStateException ex) {
                    failed.accept(name, "is not a JSON object (" + ex.getMessage() + ")");
                }
            }
        }

        @Override
        public void close() throws IOException {
            lines.close();
        }
    }

    /** The file system of {@code uri}. */
    static FileSystem fileSystem(Configuration conf, String uri) throws IOException {
        return new Path(uri).getFileSystem(conf);
    }
}
