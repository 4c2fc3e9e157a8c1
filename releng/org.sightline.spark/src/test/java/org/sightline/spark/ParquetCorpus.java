package org.sightline.spark;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Mention;
import org.sightline.model.Modality;
import org.sightline.model.Polarity;
import org.sightline.model.SightlineFactory;
import org.sightline.model.TextSpan;

/** The job's Parquet tables read back with Spark SQL into a corpus, to compare with {@code sightline analyze}. */
final class ParquetCorpus {

    private static final SightlineFactory F = SightlineFactory.eINSTANCE;

    private ParquetCorpus() {
    }

    static Corpus read(SparkSession spark, Path out) {
        Corpus c = F.createCorpus();
        Map<String, Document> docs = new HashMap<>();
        for (Row r : spark.sql("SELECT id, input, title, publisher, author, published, language, text FROM parquet.`" + out.resolve("documents") + "` ORDER BY id").collectAsList()) {
            Document d = F.createDocument();
            d.setId(r.getString(0));
            d.setInput(r.getString(1));
            d.setTitle(r.getString(2));
            d.setPublisher(r.getString(3));
            d.setAuthor(r.getString(4));
            d.setPublished(r.isNullAt(5) ? null : LocalDate.parse(r.getString(5)));
            d.setLanguage(r.getString(6));
            d.setText(r.getString(7));
            c.getDocuments().add(d);
            docs.put(d.getId(), d);
        }
        Map<String, Actor> actors = new HashMap<>();
        Map<Actor, String> wholes = new HashMap<>();
        for (Row r : spark.sql("SELECT id, name, kind, code, aliases, partOf FROM parquet.`" + out.resolve("actors") + "` ORDER BY id").collectAsList()) {
            Actor a = F.createActor();
            a.setId(r.getString(0));
            a.setName(r.getString(1));
            a.setKind(ActorKind.get(r.getString(2)));
            a.setCode(r.getString(3));
            a.getAliases().addAll(r.getList(4));
            if (!r.isNullAt(5)) {
                wholes.put(a, r.getString(5));
            }
            c.getActors().add(a);
            actors.put(a.getId(), a);
        }
        wholes.forEach((a, w) -> a.setPartOf(actors.get(w)));
        for (Row r : spark.sql("SELECT id, actor, doc, begin, end, text FROM parquet.`" + out.resolve("mentions") + "`").collectAsList()) {
            Mention m = F.createMention();
            m.setId(r.getString(0));
            m.setDocument(docs.get(r.getString(2)));
            m.setSpan(span(r.getInt(3), r.getInt(4)));
            m.setText(r.getString(5));
            actors.get(r.getString(1)).getMentions().add(m);
        }
        for (Row r : spark.sql("SELECT id, doc, source, sourceText, sourceBegin, sourceEnd, cue, cueBegin, cueEnd, content, contentBegin, contentEnd, "
                + "contentParts, type, modality, confidence, polarity, targets, rule FROM parquet.`" + out.resolve("claims") + "`").collectAsList()) {
            Claim x = F.createClaim();
            x.setId(r.getString(0));
            x.setDocument(docs.get(r.getString(1)));
            x.setSource(r.isNullAt(2) ? null : actors.get(r.getString(2)));
            x.setSourceText(r.getString(3));
            x.setSourceSpan(r.isNullAt(4) ? null : span(r.getInt(4), r.getInt(5)));
            x.setCue(r.getString(6));
            x.setCueSpan(r.isNullAt(7) ? null : span(r.getInt(7), r.getInt(8)));
            x.setContent(r.getString(9));
            x.setContentSpan(r.isNullAt(10) ? null : span(r.getInt(10), r.getInt(11)));
            for (Object part : r.getList(12)) {
                @SuppressWarnings("unchecked")
                List<Integer> p = scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Seq<Integer>) part);
                x.getContentParts().add(span(p.get(0), p.get(1)));
            }
            x.setType(ClaimType.get(r.getString(13)));
            x.setModality(Modality.get(r.getString(14)));
            x.setConfidence(r.getDouble(15));
            x.setPolarity(Polarity.get(r.getString(16)));
            for (Object t : r.getList(17)) {
                x.getTargets().add(actors.get((String) t));
            }
            x.setRule(r.getString(18));
            c.getClaims().add(x);
        }
        return c;
    }

    private static TextSpan span(int b, int e) {
        TextSpan t = F.createTextSpan();
        t.setBegin(b);
        t.setEnd(e);
        return t;
    }
}
