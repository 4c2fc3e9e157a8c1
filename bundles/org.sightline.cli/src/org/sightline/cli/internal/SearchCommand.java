package org.sightline.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sightline.model.Corpus;
import org.sightline.model.io.WorkspaceException;
import org.sightline.model.io.WorkspaceLock;
import org.sightline.model.io.WorkspaceStore;
import org.sightline.search.api.QueryException;
import org.sightline.search.api.SearchHit;
import org.sightline.search.api.SearchIndex;
import org.sightline.search.api.SearchResult;
import org.sightline.search.api.WorkspaceIndex;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * {@code sightline search}: the hits of a query in a workspace's search index, brought up to date first when the
 * workspace changed since it was indexed. Exit 0: hits; 1: none; 2: a bad query (the parse error named), a usage
 * mistake, or a workspace that cannot be read. Runs without OSGi.
 */
public final class SearchCommand implements Command {

    static final int HITS = OK;
    static final int NO_HITS = FAILED;
    static final int BAD = USAGE;

    static final String USAGE_TEXT = """
            Usage: sightline search --workspace FILE.sightline [--format text|json|csv] [--limit N] QUERY...

            Finds documents, claims and actors in a workspace. The query syntax (docs/user-guide.md):
              words            all must occur:               troops withdrawal
              "a phrase"       words in this order:          "maintain troop deployments"
              field:value      one field:                    type:warning  actor:"north korea"  publisher:reuters
              AND OR NOT ( )   combine:                      type:warning AND NOT status:rejected
              * ?              wildcards:                    deploy*
              [A TO B]         ranges:                       date:[2026-01-01 TO 2026-03-31]  month:2026-02
            Fields: kind (document, claim, actor), title, text, publisher, author, date, month, language, source,
            cue, content, type, modality, status, actor, name, alias, actorkind, doc, id.

            Options:
              --workspace FILE  the workspace to search (its index is the folder FILE.index beside it)
              --format FORMAT   text (default: kind, document, id, score, snippet, tab-separated), json or csv
              --limit N         at most N hits (default 20)

            Exit status: 0 hits found, 1 no hits, 2 a bad query, a usage mistake or an unreadable workspace.
            """;

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String summary() {
        return "find documents, claims and actors in a workspace (exit 1: no hits)";
    }

    @Override
    public int run(List<String> arguments, CommandContext context) {
        String[] args = arguments.toArray(String[]::new);
        PrintStream out = context.out();
        PrintStream err = context.err();
        Path workspace = null;
        String format = "text";
        int limit = 20;
        List<String> words = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (optionsEnded || !a.startsWith("--")) {
                words.add(a);
                continue;
            }
            switch (a) {
                case "--" -> optionsEnded = true;
                case "--help" -> {
                    out.print(USAGE_TEXT);
                    out.flush();
                    return HITS;
                }
                case "--workspace", "--format", "--limit" -> {
                    if (i + 1 >= args.length) {
                        return context.usage(this, a + " needs a value");
                    }
                    String v = args[++i];
                    if (a.equals("--workspace")) {
                        try {
                            workspace = AnalyzeCommand.path(v, a);
                        } catch (AnalyzeCommand.UsageException e) {
                            return context.usage(this, e.getMessage());
                        }
                    } else if (a.equals("--format")) {
                        format = v.toLowerCase(Locale.ROOT);
                        if (!List.of("text", "json", "csv").contains(format)) {
                            return context.usage(this, "unknown format '" + v + "'; available: text, json, csv");
                        }
                    } else {
                        try {
                            limit = Integer.parseInt(v);
                        } catch (NumberFormatException e) {
                            limit = -1;
                        }
                        if (limit <= 0) {
                            return context.usage(this, "--limit needs a positive whole number, not '" + v + "'");
                        }
                    }
                }
                default -> {
                    return context.usage(this, "unknown option: " + a);
                }
            }
        }
        if (workspace == null) {
            return context.usage(this, "--workspace FILE.sightline is required");
        }
        if (words.isEmpty()) {
            return context.usage(this, "no query given");
        }
        String query = String.join(" ", words);
        if (!Files.isRegularFile(workspace)) {
            err.println("error: " + workspace + ": no such workspace file");
            return BAD;
        }
        SearchResult result;
        try {
            bringUpToDate(workspace, err);
            try (SearchIndex index = SearchIndex.open(SearchIndex.folderOf(workspace))) {
                result = index.search(query, Map.of(), limit, () -> false);
            }
        } catch (QueryException e) {
            err.println("error: " + e.getMessage());
            return BAD;
        } catch (IOException | RuntimeException e) {
            err.println("error: " + workspace + ": cannot search (" + e.getMessage() + ")");
            return BAD;
        }
        print(result, format, out);
        out.flush();
        err.println("sightline search: " + result.hits().size() + " of " + result.total() + " hit(s)");
        return result.total() > 0 ? HITS : NO_HITS;
    }

    /**
     * Syncs the index when the workspace changed since it was indexed. Another writer (the workbench with it open)
     * keeps the index up to date itself; then the index is searched as it is, with a warning.
     */
    private static void bringUpToDate(Path workspace, PrintStream err) throws IOException {
        try (SearchIndex index = SearchIndex.open(SearchIndex.folderOf(workspace))) {
            if (index.isCurrent(SearchIndex.fingerprintOf(workspace))) {
                return;
            }
        }
        WorkspaceLock lock;
        try {
            lock = WorkspaceLock.acquire(workspace, "sightline search", Duration.ZERO);
        } catch (WorkspaceException e) {
            err.println("warning: " + e.getMessage() + "; searching its index as it is");
            return;
        }
        try (lock) {
            err.println("sightline search: indexing " + workspace + " (changed since it was indexed)");
            Corpus corpus = WorkspaceStore.load(workspace);
            WorkspaceIndex.bringUpToDate(workspace, corpus, (done, total) -> {
            });
        }
    }

    private static void print(SearchResult result, String format, PrintStream out) {
        switch (format) {
            case "json" -> out.println(json(result));
            case "csv" -> {
                out.print("kind,document,id,score,snippet\r\n");
                for (SearchHit h : result.hits()) {
                    out.print(String.join(",", csv(h.kind()), csv(h.document()), csv(h.id()), score(h), csv(h.snippet().text())) + "\r\n");
                }
            }
            default -> {
                for (SearchHit h : result.hits()) {
                    out.println(String.join("\t", h.kind(), h.document() == null ? "-" : h.document(), h.id(), score(h),
                            oneLine(h.snippet().marked("**", "**"))));
                }
            }
        }
    }

    private static String score(SearchHit h) {
        return String.format(Locale.ROOT, "%.3f", h.score());
    }

    private static String oneLine(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static String csv(String s) {
        if (s == null) {
            return "";
        }
        return s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0 ? s : '"' + s.replace("\"", "\"\"") + '"';
    }

    private static String json(SearchResult result) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("query", result.query());
            g.writeNumberField("total", result.total());
            g.writeArrayFieldStart("hits");
            for (SearchHit h : result.hits()) {
                g.writeStartObject();
                g.writeStringField("kind", h.kind());
                g.writeStringField("document", h.document());
                g.writeStringField("id", h.id());
                g.writeNumberField("score", h.score());
                g.writeStringField("title", h.title());
                g.writeStringField("snippet", h.snippet().text());
                g.writeArrayFieldStart("highlights");
                for (int[] r : h.snippet().highlights()) {
                    g.writeArray(r, 0, 2);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("facets");
            for (Map.Entry<String, List<SearchResult.FacetCount>> f : result.facets().entrySet()) {
                g.writeObjectFieldStart(f.getKey());
                for (SearchResult.FacetCount c : f.getValue()) {
                    g.writeNumberField(c.value(), c.count());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w.toString();
    }
}
