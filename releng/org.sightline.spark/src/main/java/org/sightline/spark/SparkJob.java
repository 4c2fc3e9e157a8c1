package org.sightline.spark;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Mention;
import org.sightline.model.TextSpan;
import org.sightline.spark.internal.ActorFacts;
import org.sightline.spark.internal.Analyzer;
import org.sightline.spark.internal.DocumentParts;
import org.sightline.spark.internal.DocumentParts.Analysed;
import org.sightline.spark.internal.DocumentParts.Merged;
import org.sightline.spark.internal.DocumentParts.Numbered;
import org.sightline.spark.internal.InputFile;
import org.sightline.spark.internal.InputFiles;
import org.sightline.spark.internal.Outcome;
import org.sightline.spark.internal.PlainRegistry;
import org.sightline.spark.internal.Referents;

import scala.Tuple2;

/**
 * Sightline's pipeline as a Spark job (docs/spark.md). Stages:
 * <ol>
 * <li>list the inputs on the driver (files, folders, globs; any Hadoop file system);</li>
 * <li>analyse: each partition of files runs the core pipeline on its sources ({@code Analyzer}); every
 * document comes out as its own "sightline/1" JSON, every failure and time-out as a problem; written
 * once to {@code OUT/_analysed} through Spark's output committer, so that nothing is analysed twice
 * and a retried task never leaves a second copy;</li>
 * <li>merge: documents numbered in run order; one actor per referent key
 * ({@code CorpusMerge.referentKey}) and the core merge's surname rule ({@code Referents}), its facts merged by the core's merge in run order
 * ({@link ActorFacts}), numbered by first occurrence; mentions and claims numbered in run order: the
 * ids {@code sightline analyze} would give the same inputs;</li>
 * <li>write {@code OUT/json} (a "sightline/1" object per line and document, corpus ids), the Parquet
 * tables {@code OUT/documents}, {@code actors}, {@code mentions}, {@code claims} and {@code errors}.</li>
 * </ol>
 */
public final class SparkJob {

    /** What to run. */
    public record Options(String out, List<String> inputs, boolean overwrite, Duration timeout, String textField, int partitions)
            implements Serializable {
        public Options {
            inputs = List.copyOf(inputs);
        }
    }

    /** What the run did. */
    public record Summary(long documents, long actors, long mentions, long claims, long failedInputs, long skippedSteps, int files) {
    }

    /** The output folder exists and holds something, and overwriting was not asked for. */
    public static final class OutputExists extends IOException {
        private static final long serialVersionUID = 1L;

        OutputExists(String message) {
            super(message);
        }
    }

    static final String ANALYSED = "stage-analysed";
    public static final List<String> TABLES = List.of("documents", "actors", "mentions", "claims", "errors");
    public static final String JSON = "json";

    private SparkJob() {
    }

    public static Summary run(SparkSession spark, Options o) throws IOException {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = jsc.hadoopConfiguration();
        Path out = new Path(o.out());
        FileSystem outFs = out.getFileSystem(conf);
        prepareOutput(outFs, out, o.overwrite());

        // 1. the files, listed on the driver
        List<Row> listingErrors = new ArrayList<>();
        List<InputFile> files = InputFiles.list(conf, o.inputs(), (input, reason) -> listingErrors.add(RowFactory.create(Outcome.ERROR, input, input, null, reason)));

        // 2. analyse, written once
        Map<String, String> hadoop = new HashMap<>();
        conf.forEach(e -> hadoop.put(e.getKey(), e.getValue()));
        int partitions = o.partitions() > 0 ? o.partitions() : Math.max(1, Math.min(files.size(), jsc.defaultParallelism() * 4));
        JavaRDD<Outcome> outcomes = jsc.parallelize(files, Math.max(1, partitions)).mapPartitions(new Analyzer(hadoop, o.timeout(), o.textField()));
        String analysedPath = new Path(out, ANALYSED).toString();
        spark.createDataFrame(outcomes, Outcome.class).write().parquet(analysedPath);
        Dataset<Outcome> analysed = spark.read().parquet(analysedPath).as(Encoders.bean(Outcome.class));

        // errors table: listing failures, then what the analysis reported, in run order
        Dataset<Row> problems = analysed.filter((org.apache.spark.api.java.function.FilterFunction<Outcome>) x -> !Outcome.DOCUMENT.equals(x.getKind()))
                .orderBy("order").select("kind", "input", "file", "contribution", "reason").toDF("kind", "input", "file", "step", "reason");
        Dataset<Row> errors = spark.createDataFrame(listingErrors, problems.schema()).union(problems);
        errors.write().parquet(new Path(out, "errors").toString());

        // 3. number the documents in run order, and their mentions and claims
        JavaRDD<Analysed> docs = analysed.filter((org.apache.spark.api.java.function.FilterFunction<Outcome>) x -> Outcome.DOCUMENT.equals(x.getKind()))
                .javaRDD().map(x -> DocumentParts.analysed(x.getOrder(), x.getJson()));
        JavaPairRDD<Analysed, Long> indexed = docs.sortBy(Analysed::order, true, Math.max(1, docs.getNumPartitions())).zipWithIndex();
        JavaRDD<Numbered> numbered = number(jsc, indexed).persist(StorageLevel.MEMORY_AND_DISK_SER());

        // 4. one actor per referent: the referent key, then the surname rule over the first occurrence of each person key
        List<Referents.First> people = numbered.flatMapToPair(n -> n.analysed().actors().stream().filter(a -> Referents.person(a.facts()))
                .map(a -> new Tuple2<>(a.key(), new Referents.First(a.key(), new ActorFacts.Place(n.doc(), a.local()), a.facts()))).iterator())
                .reduceByKey(Referents.First::earlier).values().collect();
        Broadcast<Map<String, String>> survivors = jsc.broadcast(Referents.survivors(people));
        JavaPairRDD<String, ActorFacts> facts = numbered.flatMapToPair(n -> n.analysed().actors().stream()
                .map(a -> new Tuple2<>(new Tuple2<>(referent(survivors.value(), a.key()), n.doc()),
                        ActorFacts.of(new ActorFacts.Place(n.doc(), a.local()), a.facts(), a.partOfKey() == null ? null : referent(survivors.value(), a.partOfKey()), a.mentions())))
                .iterator()).reduceByKey(ActorFacts::inOneDocument).mapToPair(t -> new Tuple2<>(t._1()._1(), t._2())).reduceByKey(ActorFacts::combine);
        JavaPairRDD<String, Tuple2<ActorFacts, Long>> ranked = facts.map(t -> t).sortBy(t -> t._2().firstPlace(), true, Math.max(1, facts.getNumPartitions()))
                .zipWithIndex().mapToPair(t -> new Tuple2<>(t._1()._1(), new Tuple2<>(t._1()._2(), t._2())));
        JavaPairRDD<String, Merged> plain = ranked.mapToPair(t -> new Tuple2<>(t._1(), new Merged("a" + (t._2()._2() + 1), t._2()._1().merged(), null, null)))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        Map<String, Merged> wholes = partOf(jsc, ranked, plain);
        Broadcast<Map<String, Merged>> partOf = jsc.broadcast(wholes);
        JavaPairRDD<String, Merged> merged = plain.mapToPair(t -> {
            Merged whole = partOf.value().get(t._1());
            return whole == null ? t : new Tuple2<>(t._1(), t._2().withWhole(whole.id(), whole.facts()));
        }).persist(StorageLevel.MEMORY_AND_DISK_SER());

        // 5. each document with the merged actors it names
        JavaPairRDD<Long, Numbered> byDoc = numbered.mapToPair(n -> new Tuple2<>(n.doc(), n));
        JavaPairRDD<Long, Map<String, Merged>> actorsOfDoc = numbered
                .flatMapToPair(n -> n.analysed().actors().stream().map(a -> new Tuple2<>(referent(survivors.value(), a.key()), new Tuple2<>(n.doc(), a.key()))).iterator())
                .join(merged)
                .mapToPair(t -> new Tuple2<>(t._2()._1()._1(), new Tuple2<>(t._2()._1()._2(), t._2()._2())))
                .aggregateByKey(new HashMap<String, Merged>(), (m, kv) -> {
                    m.put(kv._1(), kv._2());
                    return m;
                }, (a, b) -> {
                    a.putAll(b);
                    return a;
                }).mapValues(m -> (Map<String, Merged>) m);
        JavaPairRDD<Long, Corpus> global = byDoc.leftOuterJoin(actorsOfDoc).sortByKey()
                .mapValues(t -> DocumentParts.global(t._1(), t._2().orElse(Map.of())));
        JavaRDD<GlobalDoc> written = global.map(t -> GlobalDoc.of(t._2())).persist(StorageLevel.MEMORY_AND_DISK_SER());

        // 6. write
        spark.createDataset(written.map(GlobalDoc::json).rdd(), Encoders.STRING()).write().text(new Path(out, JSON).toString());
        spark.createDataFrame(written.flatMap(g -> g.documents.iterator()), Tables.DOCUMENTS).write().parquet(new Path(out, "documents").toString());
        spark.createDataFrame(written.flatMap(g -> g.mentions.iterator()), Tables.MENTIONS).write().parquet(new Path(out, "mentions").toString());
        spark.createDataFrame(written.flatMap(g -> g.claims.iterator()), Tables.CLAIMS).write().parquet(new Path(out, "claims").toString());
        JavaRDD<Row> actorRows = ranked.join(merged).map(t -> Tables.actor(t._2()._2(), t._2()._1()._1()));
        spark.createDataFrame(actorRows, Tables.ACTORS).write().parquet(new Path(out, "actors").toString());

        Summary s = new Summary(spark.read().parquet(new Path(out, "documents").toString()).count(),
                spark.read().parquet(new Path(out, "actors").toString()).count(),
                spark.read().parquet(new Path(out, "mentions").toString()).count(),
                spark.read().parquet(new Path(out, "claims").toString()).count(),
                errors.filter("kind = 'error'").count(), errors.filter("kind = 'skipped'").count(), files.size());
        numbered.unpersist();
        plain.unpersist();
        merged.unpersist();
        written.unpersist();
        outFs.delete(new Path(out, ANALYSED), true);
        return s;
    }

    /** The key of the actor that {@code key}'s occurrences join: its survivor under the surname rule, or itself. */
    static String referent(Map<String, String> survivors, String key) {
        return survivors.getOrDefault(key, key);
    }

    /** Refuses an output folder that holds anything, unless told to overwrite: then it is emptied first. */
    static void prepareOutput(FileSystem fs, Path out, boolean overwrite) throws IOException {
        if (!fs.exists(out)) {
            return;
        }
        FileStatus status = fs.getFileStatus(out);
        if (!status.isDirectory()) {
            throw new OutputExists(out + " is a file, not a folder for the job's output");
        }
        if (fs.listStatus(out).length == 0) {
            return;
        }
        if (!overwrite) {
            throw new OutputExists(out + " already holds output; choose another folder, or pass --overwrite to replace it");
        }
        if (!fs.delete(out, true)) {
            throw new IOException(out + " cannot be emptied for the new output");
        }
    }

    /** Gives each document the first mention and claim numbers it takes: counts summed over the partitions before it. */
    private static JavaRDD<Numbered> number(JavaSparkContext jsc, JavaPairRDD<Analysed, Long> indexed) {
        List<long[]> sums = indexed.mapPartitionsWithIndex((p, it) -> {
            long m = 0;
            long c = 0;
            while (it.hasNext()) {
                Analysed a = it.next()._1();
                m += a.mentions();
                c += a.claims();
            }
            return List.of(new long[] {p, m, c}).iterator();
        }, true).collect();
        long[][] base = new long[indexed.getNumPartitions()][2];
        long m = 0;
        long c = 0;
        List<long[]> sorted = new ArrayList<>(sums);
        sorted.sort((a, b) -> Long.compare(a[0], b[0]));
        for (long[] s : sorted) {
            base[(int) s[0]][0] = m;
            base[(int) s[0]][1] = c;
            m += s[1];
            c += s[2];
        }
        Broadcast<long[][]> bases = jsc.broadcast(base);
        return indexed.mapPartitionsWithIndex((p, it) -> {
            long mb = bases.value()[p][0];
            long cb = bases.value()[p][1];
            List<Numbered> out = new ArrayList<>();
            while (it.hasNext()) {
                Tuple2<Analysed, Long> t = it.next();
                out.add(new Numbered(t._2(), mb, cb, t._1()));
                mb += t._1().mentions();
                cb += t._1().claims();
            }
            return out.iterator();
        }, true);
    }

    /**
     * The whole each actor is part of: the one named by its first occurrence that names one, as the
     * single-machine merge sets it, except that a link which would close a cycle (a part of its own
     * part) is left out, links being taken in the order they were met. Few actors have a whole (bodies
     * of a state, units of an army), so the links are decided on the driver.
     */
    private static Map<String, Merged> partOf(JavaSparkContext jsc, JavaPairRDD<String, Tuple2<ActorFacts, Long>> ranked, JavaPairRDD<String, Merged> merged) {
        List<Tuple2<String, ActorFacts>> links = ranked.filter(t -> t._2()._1().partOf() != null).mapToPair(t -> new Tuple2<>(t._1(), t._2()._1())).collect();
        List<Tuple2<String, ActorFacts>> inOrder = new ArrayList<>(links);
        inOrder.sort((a, b) -> a._2().partOfPlace().compareTo(b._2().partOfPlace()));
        Map<String, String> whole = new HashMap<>();
        for (Tuple2<String, ActorFacts> l : inOrder) {
            String part = l._1();
            String w = l._2().partOf();
            if (!within(w, part, whole)) {
                whole.put(part, w);
            }
        }
        Set<String> wholeKeys = new HashSet<>(whole.values());
        Broadcast<Set<String>> wanted = jsc.broadcast(wholeKeys);
        Map<String, Merged> wholeById = new HashMap<>(merged.filter(t -> wanted.value().contains(t._1())).collectAsMap());
        Map<String, Merged> result = new HashMap<>();
        whole.forEach((part, w) -> {
            Merged m = wholeById.get(w);
            if (m != null) { // a whole is always some document's actor; guard against a key without one
                result.put(part, m);
            }
        });
        return result;
    }

    /** Whether {@code actor} is {@code part} or lies within it through the links so far. */
    private static boolean within(String actor, String part, Map<String, String> whole) {
        int guard = 0;
        for (String a = actor; a != null && guard++ < 1000; a = whole.get(a)) {
            if (a.equals(part)) {
                return true;
            }
        }
        return false;
    }

    /** One document of the merged corpus, as written: its JSON line and its rows of each table. */
    static final class GlobalDoc implements Serializable {
        private static final long serialVersionUID = 1L;
        String json;
        List<Row> documents;
        List<Row> mentions;
        List<Row> claims;

        String json() {
            return json;
        }

        static GlobalDoc of(Corpus c) {
            GlobalDoc g = new GlobalDoc();
            g.json = DocumentParts.jsonLine(c, PlainRegistry.get());
            Document d = c.getDocuments().get(0);
            int mentions = 0;
            g.mentions = new ArrayList<>();
            for (Actor a : c.getActors()) {
                for (Mention m : a.getMentions()) {
                    mentions++;
                    g.mentions.add(RowFactory.create(m.getId(), a.getId(), d.getId(), begin(m.getSpan()), end(m.getSpan()), m.getText()));
                }
            }
            g.documents = List.of(RowFactory.create(d.getId(), d.getInput(), d.getTitle(), d.getPublisher(), d.getAuthor(),
                    d.getPublished() == null ? null : d.getPublished().toString(), d.getLanguage(), d.getText(), mentions, c.getClaims().size()));
            g.claims = new ArrayList<>();
            for (Claim x : c.getClaims()) {
                g.claims.add(RowFactory.create(x.getId(), d.getId(), x.getSource() == null ? null : x.getSource().getId(), x.getSourceText(),
                        begin(x.getSourceSpan()), end(x.getSourceSpan()), x.getCue(), begin(x.getCueSpan()), end(x.getCueSpan()), x.getContent(),
                        begin(x.getContentSpan()), end(x.getContentSpan()), parts(x), x.getType().getLiteral(), x.getModality().getLiteral(), x.getConfidence(),
                        x.getPolarity().getLiteral(), seq(x.getTargets().stream().map(Actor::getId).toList()), x.getRule()));
            }
            return g;
        }

        /** An array column's value: Spark's rows take Scala sequences. */
        static scala.collection.immutable.Seq<String> seq(List<String> list) {
            return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
        }

        /** The pieces of content a claim has in several parts, each [begin, end]. */
        private static scala.collection.immutable.Seq<scala.collection.immutable.Seq<Integer>> parts(Claim c) {
            List<scala.collection.immutable.Seq<Integer>> parts = new ArrayList<>();
            for (TextSpan t : c.getContentParts()) {
                parts.add(scala.jdk.javaapi.CollectionConverters.asScala(List.of(t.getBegin(), t.getEnd())).toList());
            }
            return scala.jdk.javaapi.CollectionConverters.asScala(parts).toList();
        }

        private static Integer begin(TextSpan s) {
            return s == null ? null : s.getBegin();
        }

        private static Integer end(TextSpan s) {
            return s == null ? null : s.getEnd();
        }
    }

    /** The Parquet tables' columns: the names of the "sightline/1" JSON fields. */
    static final class Tables {
        static final StructType DOCUMENTS = new StructType().add("id", DataTypes.StringType, false).add("input", DataTypes.StringType)
                .add("title", DataTypes.StringType).add("publisher", DataTypes.StringType).add("author", DataTypes.StringType)
                .add("published", DataTypes.StringType).add("language", DataTypes.StringType).add("text", DataTypes.StringType)
                .add("mentions", DataTypes.IntegerType).add("claims", DataTypes.IntegerType);
        static final StructType ACTORS = new StructType().add("id", DataTypes.StringType, false).add("name", DataTypes.StringType)
                .add("kind", DataTypes.StringType).add("code", DataTypes.StringType).add("aliases", DataTypes.createArrayType(DataTypes.StringType))
                .add("partOf", DataTypes.StringType).add("mentions", DataTypes.LongType).add("documents", DataTypes.LongType);
        static final StructType MENTIONS = new StructType().add("id", DataTypes.StringType, false).add("actor", DataTypes.StringType)
                .add("doc", DataTypes.StringType).add("begin", DataTypes.IntegerType).add("end", DataTypes.IntegerType).add("text", DataTypes.StringType);
        static final StructType CLAIMS = new StructType().add("id", DataTypes.StringType, false).add("doc", DataTypes.StringType)
                .add("source", DataTypes.StringType).add("sourceText", DataTypes.StringType).add("sourceBegin", DataTypes.IntegerType)
                .add("sourceEnd", DataTypes.IntegerType).add("cue", DataTypes.StringType).add("cueBegin", DataTypes.IntegerType)
                .add("cueEnd", DataTypes.IntegerType).add("content", DataTypes.StringType).add("contentBegin", DataTypes.IntegerType)
                .add("contentEnd", DataTypes.IntegerType).add("contentParts", DataTypes.createArrayType(DataTypes.createArrayType(DataTypes.IntegerType)))
                .add("type", DataTypes.StringType).add("modality", DataTypes.StringType)
                .add("confidence", DataTypes.DoubleType).add("polarity", DataTypes.StringType)
                .add("targets", DataTypes.createArrayType(DataTypes.StringType)).add("rule", DataTypes.StringType);

        static Row actor(Merged m, ActorFacts f) {
            return RowFactory.create(m.id(), m.facts().name(), m.facts().kind(), m.facts().code(), GlobalDoc.seq(m.facts().aliases()), m.partOfId(), f.mentions(), f.documents());
        }
    }
}
