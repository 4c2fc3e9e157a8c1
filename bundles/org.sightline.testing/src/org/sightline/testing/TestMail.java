package org.sightline.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** E-mails written for the importer tests: a press office's mail with attachments, an HTML-only mail, an mbox of both. */
public final class TestMail {

    private TestMail() {
    }

    /** A multipart/mixed message: a quoted-printable text body, the sample PDF and a text note attached. */
    public static byte[] withAttachments(byte[] pdf, String pdfName) {
        String b64 = Base64.getMimeEncoder().encodeToString(pdf);
        String mail = String.join("\r\n",
                "From: =?UTF-8?Q?Pentagon_Press_Desk?= <press@example.mil>",
                "To: analysts@example.org",
                "Subject: =?UTF-8?Q?Statement_on_deterrence_=E2=80=94_background?=",
                "Date: Thu, 26 Nov 2026 23:30:00 -0500",
                "Message-ID: <1@example.mil>",
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"b1\"",
                "",
                "--b1",
                "Content-Type: text/plain; charset=UTF-8",
                "Content-Transfer-Encoding: quoted-printable",
                "",
                "Officials stressed that the United States will continue to maintain troop deployments =",
                "in the region.",
                "",
                "The Pentagon=E2=80=99s full statement is attached.",
                "--b1",
                "Content-Type: application/pdf; name=\"" + pdfName + "\"",
                "Content-Disposition: attachment; filename=\"" + pdfName + "\"",
                "Content-Transfer-Encoding: base64",
                "",
                b64,
                "--b1",
                "Content-Type: text/plain; charset=UTF-8; name=\"note.txt\"",
                "Content-Disposition: attachment; filename=\"note.txt\"",
                "",
                "Analysts warned that reducing the Pentagon's visible role could increase the risk of miscalculation.",
                "--b1--",
                "");
        return mail.getBytes(StandardCharsets.UTF_8);
    }

    /** A message whose only body is HTML, with navigation the HTML engine leaves out. */
    public static byte[] htmlOnly() {
        String mail = String.join("\r\n",
                "From: Seoul Desk <desk@example.kr>",
                "Subject: South Korea responds",
                "Date: Fri, 27 Nov 2026 08:00:00 +0900",
                "MIME-Version: 1.0",
                "Content-Type: text/html; charset=UTF-8",
                "",
                "<html><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article>",
                "<p>South Korea's defense ministry responded cautiously, stating that it would work closely with US counterparts.</p>",
                "<p>Japan, meanwhile, reiterated its commitment to regional stability and highlighted recent increases in its defense spending.</p>",
                "</article></body></html>",
                "");
        return mail.getBytes(StandardCharsets.UTF_8);
    }

    /** An mbox of the HTML-only message and a plain one whose body has a "From " line (quoted as ">From "). */
    public static byte[] mbox() {
        String plain = String.join("\n",
                "From: Wire Desk <wire@example.org>",
                "Subject: Lawmakers split",
                "Date: Sat, 28 Nov 2026 10:00:00 +0000",
                "",
                "Some lawmakers welcomed the move as a realistic reassessment of military commitments.",
                ">From the floor, others warned that any perceived reduction in deterrence could undermine stability.",
                "");
        String html = new String(htmlOnly(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        String mbox = "From desk@example.kr Fri Nov 27 08:00:00 2026\n" + html + "\n"
                + "From wire@example.org Sat Nov 28 10:00:00 2026\n" + plain + "\n";
        return mbox.getBytes(StandardCharsets.UTF_8);
    }
}
