package org.sightline.importer.mail.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimePartDataSource;

import org.sightline.core.api.ImportException;
import org.sightline.core.api.Problems;
import org.sightline.core.api.Source;
import org.sightline.importer.base.api.Dates;
import org.sightline.importer.base.api.Decoding;
import org.sightline.importer.base.api.ImportedText;
import org.sightline.importer.base.api.Structure;
import org.sightline.importer.html.api.HtmlArticleImporter;
import org.sightline.importer.mail.api.MailTextImporter;

/**
 * One e-mail (RFC 5322 / MIME, Jakarta Mail with Angus Mail): the sender as author, the Date header's
 * calendar day, the subject as title, the text body (text/plain preferred in a multipart/alternative,
 * else the HTML body through the HTML engine) and the attachments as sources of their own. Parsing
 * reads the raw parts (MimePartDataSource), never Java Activation's content handlers.
 */
public final class MailReader {

    /**
     * The session, made on first parse inside {@link #withMailProviders}: creating it looks up the stream provider,
     * which fails with OSGi's context loader, and a failure in a static initializer would break the class for good
     * (also {@link #looksLikeMessage}, which every input's sniffing calls).
     */
    private static final class Sessions {
        static final Session SESSION = Session.getInstance(new Properties());
    }

    /** A message's text (null for a message with attachments and no text body) and what it carries. */
    public record Mail(ImportedText text, List<Source> attachments) {
    }

    private MailReader() {
    }

    public static Mail read(byte[] bytes, String name) throws ImportException {
        try {
            return withMailProviders(() -> parse(bytes, name));
        } catch (ImportException e) {
            throw e;
        } catch (MessagingException | IOException e) {
            throw new ImportException(name, "is a damaged e-mail (" + (e.getMessage() == null ? Problems.describe(e) : e.getMessage()) + ")");
        } catch (Exception e) {
            // The parser failing on input it did not foresee: in words, never a bare exception's toString (issue 17, item 9).
            throw new ImportException(name, "is a damaged e-mail (" + Problems.describe(e) + ")");
        }
    }

    /**
     * Jakarta Mail finds its stream provider (Angus) with the ServiceLoader of the thread's context
     * class loader; inside OSGi that loader sees neither, so it is Angus's own loader for the call.
     */
    private static <T> T withMailProviders(Callable<T> call) throws Exception {
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        t.setContextClassLoader(org.eclipse.angus.mail.util.MailStreamProvider.class.getClassLoader());
        try {
            return call.call();
        } finally {
            t.setContextClassLoader(before);
        }
    }

    private static Mail parse(byte[] bytes, String name) throws MessagingException, IOException, ImportException {
        MimeMessage m = new MimeMessage(Sessions.SESSION, new ByteArrayInputStream(bytes));
        if (m.getHeader("From") == null && m.getHeader("Subject") == null && m.getHeader("Date") == null) {
            throw new ImportException(name, "is not an e-mail: it has no From, Subject or Date header");
        }
        Body body = new Body();
        walk(m, name, body);
        String date = m.getHeader("Date", null);
        ImportedText t;
        if (body.plain != null) {
            t = plain(body.plain);
        } else if (body.html != null) {
            t = new HtmlArticleImporter().importHtml(body.html, null);
        } else {
            t = plain("");
        }
        if (t.text().isBlank()) {
            // No silent empties: a message without a text body is its attachments, or an error.
            if (body.attachments.isEmpty()) {
                throw new ImportException(name, "is an e-mail with no text and no attachments");
            }
            return new Mail(null, body.attachments);
        }
        ImportedText mail = new ImportedText(t.text(), blank(m.getSubject()), sender(m.getFrom()), Dates.parse(date), null, null,
                t.language(), t.structure(), MailTextImporter.ID);
        return new Mail(mail, body.attachments);
    }

    /** What the walk found: the first text/plain and text/html bodies, and the attachments. */
    private static final class Body {
        String plain;
        String html;
        final List<Source> attachments = new ArrayList<>();
    }

    private static void walk(Part p, String name, Body body) throws MessagingException, IOException {
        String disposition = p.getDisposition();
        String file = p.getFileName();
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(disposition) || file != null && !p.isMimeType("multipart/*");
        if (attachment) {
            String partName = file != null ? file.replace('/', '_') : "part-" + (body.attachments.size() + 1);
            body.attachments.add(Source.of(name + "#" + partName, raw(p)));
        } else if (p.isMimeType("multipart/*")) {
            MimeMultipart mp = new MimeMultipart(new MimePartDataSource((MimePart) p));
            for (int i = 0; i < mp.getCount(); i++) {
                walk(mp.getBodyPart(i), name, body);
            }
        } else if (p.isMimeType("message/rfc822")) {
            body.attachments.add(Source.of(name + "#message-" + (body.attachments.size() + 1) + ".eml", raw(p)));
        } else if (p.isMimeType("text/plain") && body.plain == null) {
            body.plain = text(p);
        } else if (p.isMimeType("text/html") && body.html == null) {
            body.html = text(p);
        }
    }

    /** A part's content with its transfer encoding undone. */
    private static byte[] raw(Part p) throws MessagingException, IOException {
        try (InputStream in = p.getInputStream()) {
            return in.readAllBytes();
        }
    }

    /** A text part in its declared charset, else as Decoding reads undeclared bytes. */
    private static String text(Part p) throws MessagingException, IOException {
        byte[] bytes = raw(p);
        String charset = new ContentType(p.getContentType()).getParameter("charset");
        Charset c = Decoding.forLabel(charset);
        return c != null ? new String(bytes, c) : Decoding.decode(bytes, null);
    }

    /** The body as the plain-text importers see news: one PARAGRAPH span per block of non-blank lines. */
    static ImportedText plain(String body) {
        String text = body.replace("\r\n", "\n").replace('\r', '\n').strip();
        List<Structure> spans = new ArrayList<>();
        int begin = -1;
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                boolean blank = text.substring(lineStart, i).isBlank();
                if (!blank && begin < 0) {
                    begin = lineStart;
                }
                if ((blank || i == text.length()) && begin >= 0) {
                    int end = blank ? lineStart - 1 : i;
                    spans.add(new Structure(Structure.Kind.PARAGRAPH, begin, Math.max(begin, end)));
                    begin = -1;
                }
                lineStart = i + 1;
            }
        }
        return new ImportedText(text, null, null, null, null, null, null, spans, MailTextImporter.ID);
    }

    private static String sender(Address[] from) {
        if (from == null || from.length == 0) {
            return null;
        }
        if (from[0] instanceof InternetAddress a) {
            return blank(a.getPersonal()) != null ? a.getPersonal().strip() : a.getAddress();
        }
        return from[0].toString();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Whether the first lines are an e-mail header block: at least two of the usual fields before the first blank line. */
    public static boolean looksLikeMessage(byte[] head) {
        String s = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
        int end = s.indexOf("\n\n");
        int endCrLf = s.indexOf("\r\n\r\n");
        String block = s.substring(0, Math.max(0, Math.min(end < 0 ? s.length() : end, endCrLf < 0 ? s.length() : endCrLf)));
        int fields = 0;
        for (String line : block.split("\r?\n")) {
            String l = line.toLowerCase(Locale.ROOT);
            if (!l.isEmpty() && !Character.isWhitespace(l.charAt(0)) && !l.matches("[a-z0-9-]+:.*")) {
                return false; // not a header line nor a continuation
            }
            for (String f : List.of("from:", "to:", "date:", "subject:", "message-id:", "mime-version:", "received:", "return-path:")) {
                if (l.startsWith(f)) {
                    fields++;
                }
            }
        }
        return fields >= 2;
    }
}
