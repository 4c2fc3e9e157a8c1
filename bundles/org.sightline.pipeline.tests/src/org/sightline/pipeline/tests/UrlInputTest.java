package org.sightline.pipeline.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sightline.testing.LocalWeb;
import org.sightline.testing.LocalServers;
import org.sightline.model.Document;
import org.sightline.testing.SharedFiles;

/**
 * URLs through the real pipeline against servers on 127.0.0.1 that the test starts (there is no internet here):
 * windows-1252 pages declared by header and by meta tag, and a server that accepts connections but never answers.
 * Ported from the URL fetcher tests of the removed DocumentLoader.
 */
class UrlInputTest {

    @RegisterExtension
    final LocalServers servers = new LocalServers();

    private String url(String path) {
        return servers.web().uri(path).toString();
    }

    @Test
    void windows1252PageWithCharsetInTheHeader() {
        RealPipeline.Run run = RealPipeline.run(url("/cp1252-header"));
        assertEquals(List.of(), run.errors());
        Document doc = run.documents().get(0);
        assertEquals(url("/cp1252-header"), doc.getInput());
        assertEquals(LocalWeb.ARTICLE_TEXT, doc.getText());
    }

    @Test
    void windows1252PageWithCharsetInAMetaTag() {
        RealPipeline.Run run = RealPipeline.run(url("/cp1252-meta"));
        assertEquals(List.of(), run.errors());
        assertEquals(LocalWeb.ARTICLE_TEXT, run.documents().get(0).getText());
    }

    @Test
    void aServerThatNeverAnswersFailsThatUrlOnlyAndInTime() {
        String never = "http://127.0.0.1:" + servers.silent().port() + "/article";
        Path sample = SharedFiles.resolve(SharedFiles.SAMPLE_ARTICLE);
        // The limits are 2 s to connect and 2 s to read; the bound only guards against a hang.
        RealPipeline.Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> RealPipeline.run(never, sample, url("/cp1252-meta")));
        assertEquals(1, run.errors().size(), run.errors().toString());
        String reason = run.reasonFor(never);
        assertTrue(reason.startsWith("no answer within") || reason.startsWith("no complete answer within"), reason);
        assertEquals(List.of(sample.toString(), url("/cp1252-meta")), run.documents().stream().map(Document::getInput).toList());
    }

    @Test
    void aRefusedConnectionNamesTheUrl() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        String refused = "http://127.0.0.1:" + closedPort + "/";
        RealPipeline.Run run = RealPipeline.run(refused);
        assertEquals(List.of(refused + ": connection refused or unreachable"), run.errors());
        assertTrue(run.documents().isEmpty());
    }
}
