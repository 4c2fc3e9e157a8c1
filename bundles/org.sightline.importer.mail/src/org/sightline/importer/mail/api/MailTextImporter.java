package org.sightline.importer.mail.api;

import java.util.ArrayList;
import java.util.List;

import org.sightline.core.api.ImportException;
import org.sightline.core.api.Source;
import org.sightline.importer.mail.internal.MailReader;

/**
 * E-mail: a single message (.eml) or an mbox of many. Each message gives one text (sender as author,
 * the Date header's day, subject as title, the text body; an HTML-only body goes through the HTML
 * engine) and its attachments as sources, which the pipeline imports as documents of their own. In an
 * mbox a message that cannot be parsed becomes a source of its own too, so that it is reported under
 * its name ("inbox.mbox#3: is a damaged e-mail ...") while the other messages go in. Plain Java.
 *
 * @since 0.2.0
 */
public final class MailTextImporter {

    public static final String ID = "org.sightline.importer.mail";

    /** One message's text, or a message left for the pipeline to report, and the sources it carries. */
    public record Message(String input, org.sightline.importer.base.api.ImportedText text, List<Source> embedded) {
    }

    /** The messages of an .eml or mbox; attachments and unreadable mbox messages come back as sources. */
    public List<Message> importMail(byte[] bytes, String name) throws ImportException {
        if (!isMbox(bytes)) {
            MailReader.Mail m = MailReader.read(bytes, name);
            return List.of(new Message(name, m.text(), m.attachments()));
        }
        List<Message> out = new ArrayList<>();
        List<byte[]> messages = org.sightline.importer.mail.internal.MailFormats.mboxMessages(bytes);
        if (messages.isEmpty()) {
            throw new ImportException(name, "is an mbox with no messages");
        }
        for (int i = 0; i < messages.size(); i++) {
            String input = name + "#" + (i + 1);
            try {
                MailReader.Mail m = MailReader.read(messages.get(i), input);
                out.add(new Message(input, m.text(), m.attachments()));
            } catch (ImportException e) {
                out.add(new Message(input, null, List.of(Source.of(input, messages.get(i)))));
            }
        }
        return out;
    }

    /** Whether {@code head} starts an mbox ("From " line) or an e-mail header block. */
    public static boolean isMail(byte[] head) {
        return isMbox(head) || MailReader.looksLikeMessage(head);
    }

    static boolean isMbox(byte[] head) {
        return org.sightline.importer.mail.internal.MailFormats.looksLikeMbox(head);
    }
}
