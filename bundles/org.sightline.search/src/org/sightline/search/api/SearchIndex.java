package org.sightline.search.api;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.sightline.model.Corpus;
import org.sightline.search.internal.Entries;
import org.sightline.search.internal.Schema;
import org.sightline.search.internal.SearchSteps;
import org.sightline.search.internal.WarmUpQueries;
import org.sightline.search.internal.Snippets;

/**
 * The Lucene index of one workspace: its documents (title, text, publisher, author, date, language), claims (source,
 * cue, content, type, modality, status, actors) and actors (names, aliases, kind), for searching with the query syntax
 * of docs/user-guide.md, with facet counts and highlighted snippets. It lives in a folder beside the workspace
 * ({@link #folderOf}); the workspace is never written by it. It is brought up to date by {@link #sync} (rewrites only
 * the entries whose values changed) and kept there by {@link #update} after edits; each commit records which saved
 * workspace file it matches, so a stale index is noticed ({@link #isCurrent}). A damaged index is rebuilt empty on
 * open and filled again by the next sync. Plain Java: works without OSGi. Thread-safe.
 *
 * @since 0.2
 */
public final class SearchIndex implements AutoCloseable {

    /** Facets counted for every search, in the order the Search view shows them. */
    public static final List<String> FACETS = Schema.FACETS;

    private static final String MARKER = "SIGHTLINE-INDEX";
    private static final String KEY_WORKSPACE = "sightline.workspace";
    private static final String KEY_SCHEMA = "sightline.schema";

    private final Path folder;
    private final Directory directory;
    private final Analyzer analyzer = Schema.analyzer();
    private final FacetsConfig facetsConfig = Schema.facetsConfig();
    private final boolean rebuilt;
    /** Searches slices of the index and cuts snippets beside the searching thread; null on one core. */
    private final ExecutorService executor = SearchSteps.newExecutor();
    private IndexWriter writer;
    private DirectoryReader reader;
    private SortedSetDocValuesReaderState facetState;
    private IndexReader facetStateReader;

    private SearchIndex(Path folder, Directory directory, boolean rebuilt) {
        this.folder = folder;
        this.directory = directory;
        this.rebuilt = rebuilt;
    }

    /** The index folder of {@code workspace}: {@code <workspace file name>.index} beside it. */
    public static Path folderOf(Path workspace) {
        Path w = workspace.toAbsolutePath().normalize();
        return w.resolveSibling(w.getFileName() + ".index");
    }

    /**
     * Identifies one saved version of {@code workspace}: the file's identity, size and modification time (every save
     * writes a new file and renames it into place, so each save gives a new value). Null when the file does not exist.
     */
    public static String fingerprintOf(Path workspace) {
        try {
            BasicFileAttributes a = Files.readAttributes(workspace, BasicFileAttributes.class);
            return a.fileKey() + "/" + a.size() + "/" + a.lastModifiedTime().toInstant();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Opens the index in {@code folder}, creating it when missing. A damaged index (unreadable files, another index
     * version) is deleted and created anew, empty: {@link #wasRebuilt()} then says so and the next {@link #sync} fills
     * it. Only a folder that holds a Sightline index (or nothing) is ever emptied.
     *
     * @throws IOException when the folder cannot be created or holds something else
     */
    public static SearchIndex open(Path folder) throws IOException {
        Path f = folder.toAbsolutePath().normalize();
        if (Files.exists(f, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(f + ": the search index folder is a file; move it away to let Sightline index the workspace");
        }
        Files.createDirectories(f);
        if (!isOurs(f)) {
            throw new IOException(f + ": the folder holds files that are not a Sightline search index; move them away");
        }
        Files.writeString(f.resolve(MARKER), "Sightline search index of the workspace beside it; safe to delete (it is rebuilt)\n");
        Directory dir = FSDirectory.open(f);
        boolean rebuilt = false;
        if (!isSound(dir)) {
            dir.close();
            clear(f);
            Files.writeString(f.resolve(MARKER), "Sightline search index of the workspace beside it; safe to delete (it is rebuilt)\n");
            dir = FSDirectory.open(f);
            rebuilt = true;
        }
        return new SearchIndex(f, dir, rebuilt);
    }

    /** An index in memory, for tests and one-off searches. */
    public static SearchIndex inMemory() {
        return new SearchIndex(null, new ByteBuffersDirectory(), false);
    }

    /** The folder, or null in memory. */
    public Path folder() {
        return folder;
    }

    /** Whether {@link #open} found the index damaged (or of another version) and started it anew. */
    public boolean wasRebuilt() {
        return rebuilt;
    }

    private static boolean isOurs(Path folder) throws IOException {
        if (Files.exists(folder.resolve(MARKER))) {
            return true;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            return !files.iterator().hasNext();
        }
    }

    /** Whether the index opens and reads, and is of this index version (or does not exist yet). */
    private static boolean isSound(Directory dir) {
        try {
            if (!DirectoryReader.indexExists(dir)) {
                String[] files = dir.listAll();
                return files.length == 0 || (files.length == 1 && files[0].equals(MARKER)) || onlyLock(files);
            }
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                if (!Schema.VERSION.equals(r.getIndexCommit().getUserData().get(KEY_SCHEMA))) {
                    return false;
                }
                // Touch every segment's stored fields and doc values: a cut-off file fails here, not during a search.
                for (LeafReaderContext leaf : r.leaves()) {
                    leaf.reader().checkIntegrity();
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean onlyLock(String[] files) {
        for (String f : files) {
            if (!f.equals(MARKER) && !f.equals(IndexWriter.WRITE_LOCK_NAME)) {
                return false;
            }
        }
        return true;
    }

    private static void clear(Path folder) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path p : files) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(p);
                }
            }
        }
    }

    // ---- state ---------------------------------------------------------------------------------

    /** Whether the last commit matches the saved workspace with {@code workspaceFingerprint}. */
    public synchronized boolean isCurrent(String workspaceFingerprint) throws IOException {
        if (workspaceFingerprint == null) {
            return false;
        }
        if (writer != null) {
            if (writer.hasUncommittedChanges()) {
                return false;
            }
            return workspaceFingerprint.equals(userData(writer.getLiveCommitData()).get(KEY_WORKSPACE));
        }
        if (!DirectoryReader.indexExists(directory)) {
            return false;
        }
        try (DirectoryReader r = DirectoryReader.open(directory)) {
            return workspaceFingerprint.equals(r.getIndexCommit().getUserData().get(KEY_WORKSPACE));
        }
    }

    private static Map<String, String> userData(Iterable<Map.Entry<String, String>> data) {
        Map<String, String> map = new HashMap<>();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                map.put(e.getKey(), e.getValue());
            }
        }
        return map;
    }

    /** Number of entries (documents, claims and actors). */
    public synchronized int size() throws IOException {
        return reader().numDocs();
    }

    // ---- writing -------------------------------------------------------------------------------

    /** What a sync or update did. */
    public record Changes(int added, int updated, int deleted, int unchanged) {
        public boolean any() {
            return added + updated + deleted > 0;
        }
    }

    /**
     * Brings the index in line with {@code corpus}: entries whose values changed are rewritten, new ones added, those
     * no longer in the corpus deleted. Not committed: call {@link #commit}. Stops early when {@code progress} asks.
     */
    public synchronized Changes sync(Corpus corpus, IndexProgress progress) throws IOException {
        Map<String, Long> indexed = fingerprints();
        Entries entries = Entries.of(corpus);
        List<Object> objects = Entries.indexedObjects(corpus);
        IndexWriter w = writer();
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int total = objects.size();
        for (int i = 0; i < total; i++) {
            if ((i & 1023) == 0) {
                progress.worked(i, total);
                if (progress.isCancelled()) {
                    return new Changes(added, updated, 0, unchanged);
                }
            }
            Entries.Entry e = entries.entryOf(objects.get(i));
            if (e == null) {
                continue;
            }
            Long old = indexed.remove(e.id());
            if (old == null) {
                w.addDocument(e.document());
                added++;
            } else if (old != e.fingerprint()) {
                w.updateDocument(new Term(Schema.ID, e.id()), e.document());
                updated++;
            } else {
                unchanged++;
            }
        }
        for (String gone : indexed.keySet()) {
            w.deleteDocuments(new Term(Schema.ID, gone));
        }
        progress.worked(total, total);
        return new Changes(added, updated, indexed.size(), unchanged);
    }

    /**
     * Re-indexes {@code objects} (documents, claims, actors of {@code corpus}, or objects just removed from it) after
     * an edit, an undo or a redo. Not committed.
     */
    public synchronized Changes update(Corpus corpus, Collection<?> objects) throws IOException {
        Entries entries = Entries.of(corpus);
        IndexWriter w = writer();
        int updated = 0;
        int deleted = 0;
        Set<Object> seen = new HashSet<>();
        for (Object o : objects) {
            if (!seen.add(o) || !(o instanceof org.sightline.model.Identified identified) || identified.getId() == null) {
                continue;
            }
            boolean inCorpus = org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(identified) == corpus;
            Entries.Entry e = inCorpus ? entries.entryOf(o) : null;
            if (e == null) {
                w.deleteDocuments(new Term(Schema.ID, identified.getId()));
                deleted++;
            } else {
                w.updateDocument(new Term(Schema.ID, e.id()), e.document());
                updated++;
            }
        }
        return new Changes(0, updated, deleted, 0);
    }

    /**
     * Makes the changes durable, recording that the index now matches the saved workspace {@code workspaceFingerprint}
     * (null: it follows edits not saved yet, so the next open checks it against the file again).
     */
    public synchronized void commit(String workspaceFingerprint) throws IOException {
        IndexWriter w = writer();
        Map<String, String> data = new HashMap<>();
        data.put(KEY_SCHEMA, Schema.VERSION);
        data.put(KEY_WORKSPACE, workspaceFingerprint == null ? "" : workspaceFingerprint);
        w.setLiveCommitData(data.entrySet());
        w.commit();
    }

    private IndexWriter writer() throws IOException {
        if (writer == null) {
            IndexWriterConfig config = new IndexWriterConfig(analyzer);
            config.setRAMBufferSizeMB(64);
            writer = new IndexWriter(directory, config);
            if (reader != null) {
                reader.close();
                reader = null;
            }
        }
        return writer;
    }

    /** Id and fingerprint of every live entry. */
    private Map<String, Long> fingerprints() throws IOException {
        Map<String, Long> map = new HashMap<>();
        IndexReader r = reader();
        for (LeafReaderContext leaf : r.leaves()) {
            LeafReader lr = leaf.reader();
            SortedDocValues ids = DocValues.getSorted(lr, Schema.ID);
            NumericDocValues fps = DocValues.getNumeric(lr, Schema.FINGERPRINT);
            Bits live = lr.getLiveDocs();
            for (int d = 0; d < lr.maxDoc(); d++) {
                if ((live == null || live.get(d)) && ids.advanceExact(d)) {
                    long fp = fps.advanceExact(d) ? fps.longValue() : 0;
                    map.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), fp);
                }
            }
        }
        return map;
    }

    /** The current view of the index: near-real-time from the writer when there is one. */
    private DirectoryReader reader() throws IOException {
        if (reader == null) {
            if (writer != null) {
                reader = DirectoryReader.open(writer);
            } else {
                if (!DirectoryReader.indexExists(directory)) {
                    commit(null); // an empty index to read
                    return reader();
                }
                reader = DirectoryReader.open(directory);
            }
        } else {
            DirectoryReader newer = writer != null ? DirectoryReader.openIfChanged(reader, writer) : DirectoryReader.openIfChanged(reader);
            if (newer != null) {
                reader.close();
                reader = newer;
            }
        }
        return reader;
    }

    // ---- searching -----------------------------------------------------------------------------

    /** {@link #search(String, Map, int, BooleanSupplier)} without facet filters or cancellation. */
    public SearchResult search(String query, int limit) throws QueryException, IOException {
        return search(query, Map.of(), limit, () -> false);
    }

    /**
     * The best {@code limit} hits of {@code query} (the syntax of docs/user-guide.md; blank matches everything),
     * narrowed to the facet values in {@code filters} (facet name to value), with facet counts over all hits.
     * {@code cancelled} is polled while searching; a cancelled search returns an empty result.
     *
     * @throws QueryException naming the problem when the query cannot be parsed
     */
    public SearchResult search(String query, Map<String, String> filters, int limit, BooleanSupplier cancelled) throws QueryException, IOException {
        Query q = parse(query, filters);
        IndexReader r;
        SortedSetDocValuesReaderState state;
        synchronized (this) {
            r = reader();
            r.incRef();
            state = facetState(r);
        }
        try {
            IndexSearcher searcher = new IndexSearcher(r, executor);
            searcher.setTimeout(cancelled::getAsBoolean);
            SearchSteps.Collected found = SearchSteps.collect(searcher, q, limit);
            if (cancelled.getAsBoolean()) {
                return new SearchResult(query, 0, List.of(), Map.of());
            }
            List<SearchHit> hits = hits(searcher, q, found.top().scoreDocs, limit);
            Map<String, List<SearchResult.FacetCount>> facets = SearchSteps.facetCounts(state, found.all());
            return new SearchResult(query, found.total(), hits, facets);
        } finally {
            r.decRef();
        }
    }

    /**
     * Runs searches of every shape of the query syntax, made from this index's own most frequent actors, publishers
     * and months, {@code rounds} times or until {@code cancelled}: the first searches after a start run code the JIT
     * has not compiled yet (at 100,000 documents the first rounds of a set of searches take 2 to 9 times as long as
     * once warm; docs/storage.md), so the Search view runs this in the background when it opens an index. Queries the
     * index turns down are skipped. Returns the rounds run.
     */
    public int warmUp(int rounds, BooleanSupplier cancelled) throws IOException {
        List<WarmUpQueries.Search> searches;
        try {
            searches = WarmUpQueries.from(search("", Map.of(), 1, cancelled));
        } catch (QueryException e) {
            throw new IllegalStateException("the blank query is always valid", e);
        }
        int done = 0;
        for (; done < rounds && !cancelled.getAsBoolean(); done++) {
            for (WarmUpQueries.Search s : searches) {
                try {
                    search(s.query(), s.filters(), 20, cancelled);
                } catch (QueryException e) {
                    // a value the syntax cannot carry (a facet value with odd characters): nothing to warm with it
                }
            }
        }
        return done;
    }

    /** Ids of all claims among the hits of {@code query} and {@code filters}, in index order. */
    public List<String> claimIds(String query, Map<String, String> filters) throws QueryException, IOException {
        BooleanQuery q = new BooleanQuery.Builder().add(parse(query, filters), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Schema.KIND, "claim")), BooleanClause.Occur.FILTER).build();
        IndexReader r;
        synchronized (this) {
            r = reader();
            r.incRef();
        }
        try {
            return new IndexSearcher(r).search(q, new CollectorManager<IdCollector, List<String>>() {
                @Override
                public IdCollector newCollector() {
                    return new IdCollector();
                }

                @Override
                public List<String> reduce(Collection<IdCollector> collectors) {
                    List<String> all = new ArrayList<>();
                    collectors.forEach(c -> all.addAll(c.ids));
                    return all;
                }
            });
        } finally {
            r.decRef();
        }
    }

    /**
     * Checks that {@code query} can be read, as {@link #search} reads it, without an index: for forms that
     * check a query before anything runs.
     *
     * @throws QueryException naming the problem when the query cannot be parsed
     */
    public static void checkQuery(String query) throws QueryException {
        try (Analyzer a = Schema.analyzer()) {
            SearchSteps.parse(query, a);
        }
    }

    private Query parse(String query, Map<String, String> filters) throws QueryException {
        Query base = SearchSteps.parse(query, analyzer);
        if (filters.isEmpty()) {
            return base;
        }
        DrillDownQuery drill = new DrillDownQuery(facetsConfig, base);
        for (Map.Entry<String, String> f : filters.entrySet()) {
            drill.add(f.getKey(), f.getValue());
        }
        return drill;
    }

    private SortedSetDocValuesReaderState facetState(IndexReader r) throws IOException {
        if (facetStateReader != r) {
            facetState = hasFacets(r) ? new DefaultSortedSetDocValuesReaderState(r, facetsConfig) : null;
            facetStateReader = r;
        }
        return facetState;
    }

    private static boolean hasFacets(IndexReader r) {
        for (LeafReaderContext leaf : r.leaves()) {
            if (leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null) {
                return true;
            }
        }
        return false;
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query q, ScoreDoc[] top, int limit) throws IOException {
        int n = Math.min(top.length, limit);
        List<SearchHit> hits = new ArrayList<>(n);
        if (n == 0) {
            return hits;
        }
        int[] docIds = new int[n];
        for (int i = 0; i < n; i++) {
            docIds[i] = top[i].doc;
        }
        SearchSteps.Shown[] shown = SearchSteps.shown(searcher, docIds);
        String[] kinds = new String[n];
        for (int i = 0; i < n; i++) {
            kinds[i] = shown[i].kind();
        }
        SearchHit.Snippet[] snippets = Snippets.of(searcher, analyzer, q, docIds, kinds, SearchSteps.parts(executor));
        for (int i = 0; i < n; i++) {
            SearchSteps.Shown h = shown[i];
            hits.add(new SearchHit(h.kind(), h.id(), h.document(), top[i].score, h.title(), snippets[i]));
        }
        return hits;
    }

    /** Collects the ids of the hits from the id doc values. */
    private static final class IdCollector extends SimpleCollector {
        final List<String> ids = new ArrayList<>();
        private SortedDocValues values;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            values = DocValues.getSorted(context.reader(), Schema.ID);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (values.advanceExact(doc)) {
                ids.add(values.lookupOrd(values.ordValue()).utf8ToString());
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            if (reader != null) {
                reader.close();
                reader = null;
            }
            if (writer != null) {
                writer.rollback(); // uncommitted changes are dropped: the next open finds the index stale and syncs
                writer = null;
            }
        } finally {
            if (executor != null) {
                executor.shutdown();
            }
            directory.close();
        }
    }
}
