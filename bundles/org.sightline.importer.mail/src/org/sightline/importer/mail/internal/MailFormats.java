package org.sightline.importer.mail.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an mbox file into its messages: a message starts at a line "From " after a blank line (or
 * at the start); "&gt;From " lines are unquoted by one level (mboxrd), which also reads mboxo.
 */
public final class MailFormats {

    private MailFormats() {
    }

    /** Whether {@code head} starts like an mbox ("From " and a sender on the first line). */
    public static boolean looksLikeMbox(byte[] head) {
        return head.length > 5 && head[0] == 'F' && head[1] == 'r' && head[2] == 'o' && head[3] == 'm' && head[4] == ' ';
    }

    public static List<byte[]> mboxMessages(byte[] mbox) {
        List<byte[]> out = new ArrayList<>();
        ByteArrayOutputStream current = null;
        boolean previousBlank = true;
        int i = 0;
        while (i < mbox.length) {
            int end = i;
            while (end < mbox.length && mbox[end] != '\n') {
                end++;
            }
            int next = Math.min(mbox.length, end + 1);
            String start = new String(mbox, i, Math.min(6, end - i), StandardCharsets.ISO_8859_1);
            if (previousBlank && start.startsWith("From ")) {
                addMessage(out, current);
                current = new ByteArrayOutputStream();
            } else if (current != null) {
                int from = i;
                if (start.startsWith(">") && new String(mbox, i, Math.min(40, end - i), StandardCharsets.ISO_8859_1).matches(">+From .*")) {
                    from = i + 1; // ">From " -> "From "
                }
                current.write(mbox, from, next - from);
            }
            previousBlank = end == i || end == i + 1 && mbox[i] == '\r';
            i = next;
        }
        addMessage(out, current);
        return out;
    }

    /** A message with nothing but white space between two "From " lines is no message. */
    private static void addMessage(List<byte[]> out, ByteArrayOutputStream message) {
        if (message != null && !new String(message.toByteArray(), StandardCharsets.ISO_8859_1).isBlank()) {
            out.add(message.toByteArray());
        }
    }
}
