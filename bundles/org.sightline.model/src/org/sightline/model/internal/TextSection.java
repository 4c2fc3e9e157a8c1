package org.sightline.model.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32C;

/**
 * The document texts of one binary workspace file, read on demand. The file is held open, so a save that renames a new
 * file over it (the old one lives on as {@code .bak} or unlinked) does not disturb reading; after that save the
 * documents are moved to the new file's section. A few recently read texts are cached (a view re-reads the text it
 * shows many times). Thread-safe: positional reads, a synchronized cache.
 */
public final class TextSection {

    /** Where one document's text lies: UTF-8 bytes at {@code offset}, their CRC-32C, its length in UTF-16 chars. */
    public record Entry(long offset, int bytes, int chars, int crc) {
    }

    private static final int CACHED_TEXTS = 64;

    private final Path file;
    private final Object fileKey;
    private FileChannel channel;
    private final Map<Long, String> cache = new LinkedHashMap<>(CACHED_TEXTS, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
            return size() > CACHED_TEXTS;
        }
    };

    /** Reads from {@code channel}, open on {@code file}; takes ownership of the channel. */
    TextSection(Path file, FileChannel channel) throws IOException {
        this.file = file;
        this.channel = channel;
        this.fileKey = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }

    /** The workspace file this section belongs to. */
    public Path file() {
        return file;
    }

    /** The text at {@code entry}; {@code documentId} names it in errors. */
    String read(Entry entry, String documentId) {
        synchronized (cache) {
            String cached = cache.get(entry.offset());
            if (cached != null) {
                return cached;
            }
        }
        ByteBuffer buffer = ByteBuffer.allocate(entry.bytes());
        try {
            FileChannel c = channel();
            while (buffer.hasRemaining()) {
                if (c.read(buffer, entry.offset() + buffer.position()) < 0) {
                    throw damaged(documentId, "the file ends inside the text");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read the text of document " + documentId + " (" + e.getMessage() + ")", e);
        }
        CRC32C crc = new CRC32C();
        crc.update(buffer.array(), 0, entry.bytes());
        if ((int) crc.getValue() != entry.crc()) {
            throw damaged(documentId, "checksum mismatch");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer.flip()).toString();
        } catch (CharacterCodingException e) {
            throw damaged(documentId, "malformed UTF-8");
        }
        if (text.length() != entry.chars()) {
            throw damaged(documentId, "length " + text.length() + " instead of " + entry.chars());
        }
        synchronized (cache) {
            cache.put(entry.offset(), text);
        }
        return text;
    }

    private UncheckedIOException damaged(String documentId, String problem) {
        return new UncheckedIOException(new IOException(file + ": damaged workspace file: the text of document " + documentId
                + " cannot be read (" + problem + ")"));
    }

    /** The open channel; reopened (if the file is still the same one) after {@link #close()}. */
    private synchronized FileChannel channel() throws IOException {
        if (channel == null || !channel.isOpen()) {
            FileChannel reopened = FileChannel.open(file, StandardOpenOption.READ);
            Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            if (!Objects.equals(key, fileKey)) {
                reopened.close();
                throw new IOException("the file was replaced by another program since it was opened");
            }
            channel = reopened;
        }
        return channel;
    }

    /** Closes the file; a later read reopens it. */
    public synchronized void close() {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // nothing was written through it
        }
        channel = null;
        synchronized (cache) {
            cache.clear();
        }
    }
}
